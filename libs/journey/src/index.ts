// journey: filled in by its issue (see DESIGN.md §2).
export {};
