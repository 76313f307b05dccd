/**
 * The people of the sample association (all fictional), apart from the rest of the space's data:
 * the exercise needs Marie's address, and the background reads the exercises (their ids) without
 * the space.
 */
export interface Person {
  name: string;
  email: string;
}

/** The volunteer, as Drive shows its account; and the people Drive suggests (all fictional). */
export const ME: Person = { name: 'Camille Bernard', email: 'camille.bernard@example.org' };
export const CONTACTS: Person[] = [
  { name: 'Marie Durand', email: 'marie.durand@example.org' },
  { name: 'Paul Lefèvre', email: 'paul.lefevre@example.org' },
  { name: 'Les Amis du Quartier', email: 'contact@amis-du-quartier.example.org' },
];
