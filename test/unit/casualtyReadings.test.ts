// Casualty tolls read as a desk reads ordinary English (invented sentences; no corpus text).
import assert from 'node:assert/strict';
import { factsOfText, toll } from './casualtyHelpers';

describe('facts: casualty readings of ordinary news English', () => {
  it('reads a singular victim with an age in years, months or weeks, and modifiers after the age', () => {
    assert.equal(toll('Police said a 23-year-old man was shot dead on Friday.', 'killed'), 1);
    assert.equal(toll('A 9-month-old girl has died after a shooting in Millbrook.', 'killed'), 1);
    assert.equal(toll('A 12-year-old Millbrook boy was fatally shot on Sunday.', 'killed'), 1);
  });

  it('reads headline style with no article, but never "the man" as a new count', () => {
    assert.equal(toll('Man fatally shot outside store\n\nPolice gave no other details.', 'killed'), 1);
    assert.equal(
      toll('Headline\n\nThree people were shot. The man, 28, later died at a hospital.', 'killed'),
      undefined,
    );
  });

  it('reads "N people, one fatally", "one was killed", "shot to death" and "killing three"', () => {
    assert.equal(toll('Four people were shot, one fatally, on Sunday night.', 'killed'), 1);
    assert.equal(toll('Five people were shot and one was killed at the apartments.', 'killed'), 1);
    assert.equal(toll('Three people were shot to death in Millbrook on Friday.', 'killed'), 3);
    assert.equal(toll('A gunman opened fire at a party, killing three and wounding two others.', 'killed'), 3);
    assert.equal(toll('The 19-year-old is charged with shooting three relatives to death.', 'killed'), 3);
  });

  it("sums a list whose second noun shares the first one's determiner", () => {
    assert.equal(toll('Officers said his mother and grandmother were shot and killed.', 'killed'), 2);
    assert.equal(toll('A woman and 3-year-old child were found dead in the home.', 'killed'), 2);
  });

  it('reads "double" and "triple" homicides and "left one dead and two wounded"', () => {
    assert.equal(toll('Police are investigating a triple homicide in Millbrook.', 'killed'), 3);
    const fs = 'The shooting left one dead and two wounded, police said.';
    assert.equal(toll(fs, 'killed'), 1);
    assert.equal(toll(fs, 'injured'), 2);
  });

  it('a zero only where the text says so; "no one else" is no zero', () => {
    assert.equal(toll('A man was shot in the leg. No one was killed, police said.', 'killed'), 0);
    assert.equal(toll('A man was killed. No one else was hurt.', 'injured'), undefined);
    assert.equal(toll('A man was shot in the leg on Sunday.', 'killed'), undefined);
  });

  it('addresses, age limits and rates are no counts', () => {
    assert.equal(toll('A man was killed in the 200 block of North Elm Street.', 'killed'), 1);
    assert.equal(toll('The state recorded 19.3 deaths per 100,000 people.', 'killed'), undefined);
    assert.ok(
      !factsOfText('A child under the age of 10 was among those hurt, and 12 people were hurt.').some(
        (f) => f.claim.figure.text === '10',
      ),
    );
    assert.ok(
      !factsOfText('Two people were killed at 4410 Old Mill Road on Sunday.').some(
        (f) => f.claim.figure.text === '4410',
      ),
    );
  });
});
