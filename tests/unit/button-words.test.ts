import { describe, expect, it } from 'vitest';
import { boldButtonWords } from '../../utils/packs/button-words';
import { parseMarkup } from '../../utils/packs/markup';

const lineOf = (source: string) => {
  const [block] = parseMarkup(source).blocks;
  return block?.type === 'paragraph' ? (block.lines[0] ?? []) : [];
};

describe('the words of the buttons, in bold on a handout', () => {
  it('bolds « » in French and double quotes in English, quotes kept', () => {
    expect(boldButtonWords(lineOf('Cliquez sur «\u202fEnvoyer\u202f», en bas.'))).toEqual([
      { type: 'text', text: 'Cliquez sur ' },
      { type: 'bold', children: [{ type: 'text', text: '«\u202fEnvoyer\u202f»' }] },
      { type: 'text', text: ', en bas.' },
    ]);
    expect(boldButtonWords(lineOf('In "To", then "Send".')).filter((n) => n.type === 'bold')).toHaveLength(2);
  });

  it('leaves text without quotes, an unclosed quote, bold text and links as they are', () => {
    expect(boldButtonWords(lineOf('Attendez un peu.'))).toEqual([{ type: 'text', text: 'Attendez un peu.' }]);
    expect(boldButtonWords(lineOf('Un « seul'))).toEqual([{ type: 'text', text: 'Un « seul' }]);
    const marked = lineOf('**Déjà** [aide](https://support.google.com/mail/answer/1)');
    expect(boldButtonWords(marked)).toEqual(marked);
  });
});
