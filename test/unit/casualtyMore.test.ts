// More casualty readings (invented sentences and names; no corpus text): deaths "of" someone, named victims with
// ages, lists that name the members of a count, active-voice headlines, and sums across several shootings.
import assert from 'node:assert/strict';
import { factsOfText, toll } from './casualtyHelpers';

describe('facts: more casualty readings', () => {
  it('reads the victims of "the death of", "the murder of", "the fatal shooting of" and "claimed the life of"', () => {
    assert.equal(toll('A Millbrook man was charged in the shooting death of his 3-year-old son.', 'killed'), 1);
    assert.equal(toll('Two men were arrested in the murder of 19-year-old Dana Quill on Friday.', 'killed'), 1);
    assert.equal(toll('A stray bullet claimed the life of a 6-year-old girl on Sunday night.', 'killed'), 1);
    assert.equal(
      toll('The fire chief spoke after the deaths of a former deacon, his wife and their two children.', 'killed'),
      4,
    );
  });

  it('reads named victims with their ages, one or several, a quoted nickname included', () => {
    assert.equal(toll('Police said Dana Quill, 24, was shot and killed outside the store.', 'killed'), 1);
    assert.equal(toll('Mara Lind, 31, and Tobias "Toby" Lind, 4, died of gunshot wounds.', 'killed'), 2);
    assert.equal(toll('17-year-old Rory Venn died at the hospital on Monday.', 'killed'), 1);
    // Names set beside a count given before them are its members, not a toll of their own.
    assert.equal(
      toll(
        'Three of his cousins, Al Venn, 30, Bo Venn, 28, and Cy Venn, 25, were killed, along with a friend.',
        'killed',
      ),
      undefined,
    );
  });

  it('a named or singular victim after the lead is one of the victims, not the toll', () => {
    const text =
      'Shooting in Millbrook\n\nPolice are investigating a shooting.\n\nOfficers arrived at 9 p.m.\n\nNeighbours heard shots.\n\nDana Quill, 24, was killed, police said.';
    const named = factsOfText(text).find((f) => f.claim.figure.text.startsWith('Dana Quill'));
    assert.ok(named?.weak, 'named victim after the lead is weak');
  });

  it('an age is one person, not a count: "a 5 year-old boy", "his 15 year-old girlfriend"', () => {
    // A definite victim with no count before it is the story's only death: one, not five.
    assert.equal(toll('The 5 year-old boy died hours after being shot, the coroner said.', 'killed'), 1);
    assert.equal(
      toll('Two people were killed on Elm Street. The 5 year-old boy died hours later.', 'killed'),
      2,
      'a definite victim after a count refers back to it',
    );
    assert.equal(toll('A 5 year-old boy died hours after being shot, the coroner said.', 'killed'), 1);
    assert.equal(toll('A man is charged in the shooting death of his 15 year-old girlfriend.', 'killed'), 1);
  });

  it('"fatally wounded" is a death; "critically wounded" is not', () => {
    assert.equal(toll('A man was fatally wounded on Elm Street on Sunday.', 'killed'), 1);
    assert.equal(toll('A man was critically wounded on Elm Street on Sunday.', 'injured'), 1);
    assert.equal(toll('A man was critically wounded on Elm Street on Sunday.', 'killed'), undefined);
  });

  it('sums lists as a desk does: shared determiners, apposition and members of a count are not added twice', () => {
    assert.equal(
      toll('Investigators say a man shot and killed his wife, son and daughter before killing himself.', 'killed'),
      3,
    );
    assert.equal(toll('Two victims, a 25-year-old man and a 30-year-old man, died at the scene.', 'killed'), 2);
    assert.equal(toll('Police said his brother, 22-year-old Tom Venn, was killed on Friday.', 'killed'), 1);
    assert.equal(
      toll('Police said 40-year-old Ada Venn and her son, 17-year-old Tom Venn, were found dead.', 'killed'),
      2,
    );
    assert.equal(toll('Officers said a couple and their two small children were found shot to death.', 'killed'), 4);
  });

  it('a headline verb followed by its object is active voice: the subject is the shooter', () => {
    assert.equal(toll('A mother fatally shot her husband and two sons before killing herself.', 'killed'), 3);
    assert.equal(toll('Deputy who killed man during traffic stop is cleared', 'killed'), undefined);
    assert.equal(toll("A man is accused of killing a girl and shooting the girl's mother.", 'killed'), 1);
  });

  it('a possessive is no second victim: "her daughter\'s 11-year-old friend" is one', () => {
    assert.equal(toll("She learned that her daughter's 11-year-old friend had been fatally shot.", 'killed'), 1);
  });

  it("sums over several shootings and parts of a count are never the story's toll", () => {
    assert.equal(toll('One killed, four wounded in overnight shootings', 'killed'), undefined);
    assert.equal(
      toll('Police are looking into three overnight shootings that left five people wounded.', 'injured'),
      undefined,
    );
    assert.equal(toll('A man was killed and five were hurt in citywide shootings on Tuesday.', 'killed'), undefined);
    const family = factsOfText('Five members of a family, including three children, were found dead on Sunday.');
    assert.ok(
      !family.some((f) => f.claim.figure.text === 'three' && f.key === 'person|killed|'),
      'three children are a part of the five',
    );
  });

  it('an unborn child is not added to a toll, and a playlist caption is no copy', () => {
    assert.equal(toll('The shooting left four people and an unborn child dead, police said.', 'killed'), 4);
    assert.equal(toll('The shooting left an unborn child dead, police said.', 'killed'), undefined);
    assert.equal(toll('2:15 Mother says her son is dead and two were hurt', 'killed'), undefined);
  });

  it('"no one died" is a zero the text states', () => {
    assert.equal(toll('A man was shot in the arm. No one died, police said.', 'killed'), 0);
  });
});
