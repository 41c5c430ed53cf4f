/**
 * Where customers live, weighted roughly by population. Russia has kept fixed offsets since 2014,
 * so `utcOffsetHours` places local daytime without a time-zone database.
 */
export const CITIES = [
  { city: 'Moscow', timezone: 'Europe/Moscow', utcOffsetHours: 3, weight: 30 },
  { city: 'Saint Petersburg', timezone: 'Europe/Moscow', utcOffsetHours: 3, weight: 16 },
  { city: 'Kazan', timezone: 'Europe/Moscow', utcOffsetHours: 3, weight: 8 },
  { city: 'Nizhny Novgorod', timezone: 'Europe/Moscow', utcOffsetHours: 3, weight: 5 },
  { city: 'Rostov-on-Don', timezone: 'Europe/Moscow', utcOffsetHours: 3, weight: 5 },
  { city: 'Kaliningrad', timezone: 'Europe/Kaliningrad', utcOffsetHours: 2, weight: 2 },
  { city: 'Samara', timezone: 'Europe/Samara', utcOffsetHours: 4, weight: 5 },
  { city: 'Yekaterinburg', timezone: 'Asia/Yekaterinburg', utcOffsetHours: 5, weight: 8 },
  { city: 'Omsk', timezone: 'Asia/Omsk', utcOffsetHours: 6, weight: 3 },
  { city: 'Novosibirsk', timezone: 'Asia/Novosibirsk', utcOffsetHours: 7, weight: 8 },
  { city: 'Krasnoyarsk', timezone: 'Asia/Krasnoyarsk', utcOffsetHours: 7, weight: 4 },
  { city: 'Irkutsk', timezone: 'Asia/Irkutsk', utcOffsetHours: 8, weight: 2 },
  { city: 'Vladivostok', timezone: 'Asia/Vladivostok', utcOffsetHours: 10, weight: 4 },
] as const;

export type City = (typeof CITIES)[number];
