/** Common Russian names, transliterated; a last name takes the feminine form for a woman. */
export const FEMALE_FIRST_NAMES = [
  'Anna', 'Maria', 'Elena', 'Olga', 'Natalia', 'Tatiana', 'Irina', 'Svetlana', 'Ekaterina', 'Anastasia',
  'Yulia', 'Daria', 'Polina', 'Ksenia', 'Alina', 'Sofia', 'Victoria', 'Marina', 'Valeria', 'Elizaveta',
] as const;

export const MALE_FIRST_NAMES = [
  'Alexander', 'Dmitry', 'Sergey', 'Andrey', 'Alexey', 'Maxim', 'Ivan', 'Mikhail', 'Nikolai', 'Artem',
  'Pavel', 'Roman', 'Vladimir', 'Yegor', 'Kirill', 'Denis', 'Ilya', 'Timur', 'Oleg', 'Rustam',
] as const;

/** Masculine forms; the feminine adds "a" (Ivanov → Ivanova). */
export const LAST_NAMES = [
  'Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Vasiliev', 'Petrov', 'Sokolov', 'Mikhailov', 'Novikov', 'Fedorov',
  'Morozov', 'Volkov', 'Alekseev', 'Lebedev', 'Semenov', 'Egorov', 'Pavlov', 'Kozlov', 'Stepanov', 'Nikolaev',
  'Orlov', 'Andreev', 'Makarov', 'Nikitin', 'Zakharov', 'Zaitsev', 'Soloviev', 'Borisov', 'Yakovlev', 'Grigoriev',
  'Safin', 'Khabibullin', 'Galiev', 'Sharipov', 'Gareev',
] as const;
