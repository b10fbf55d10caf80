// Lone deaths, windows, parts and page furniture (invented sentences and names; no corpus text): a desk reads the
// toll of a story that tells of one death by pronoun or name as one, and never reads a city's weekend or a link as it.
import assert from 'node:assert/strict';
import { factsOfText, toll } from './casualtyHelpers';

describe('facts: lone deaths and what is never the toll', () => {
  it('a death told by pronoun, name or definite victim in the lead is a toll of one', () => {
    const story = (s: string): string =>
      `Shooting on Elm Street\n\nPolice were called to Elm Street at 9 p.m. on Sunday.\n\n${s}\n\nNo arrests have been made.`;
    assert.equal(toll(story('The teenager was taken to Millbrook General, where he died.'), 'killed'), 1);
    assert.equal(
      toll(story('Officers found Dana Quill in the yard. Quill was pronounced dead at the scene.'), 'killed'),
      1,
    );
    assert.equal(toll(story('The victim was pronounced dead at a hospital.'), 'killed'), 1);
  });

  it('the lone death reads as its clause, and is no figure at all when it is not the toll', () => {
    const fs = factsOfText('Police were called at 9 p.m.\n\nThe boy was taken to hospital, where he died.');
    assert.deepEqual(
      fs.filter((f) => f.predicate === 'killed').map((f) => f.claim.figure.text),
      ['he died'],
    );
    const counted = factsOfText('Two men were killed on Elm Street.\n\nHe died at the scene, police said.');
    assert.ok(!counted.some((f) => f.claim.figure.text === 'He died'), 'a told death beside a count is no figure');
    assert.equal(toll('A man from Vallejo died at the scene.', 'killed'), 1, 'the man, not the place');
  });

  it('no lone death where the story gives a count, names two dead, or the death is the attacker’s', () => {
    assert.equal(
      toll('Two men were killed on Elm Street.\n\nOne of them was taken to hospital, where he died.', 'killed'),
      2,
    );
    const two = factsOfText('Police said Quill died at the scene.\n\nVenn died on Monday at Millbrook General.');
    assert.ok(
      two.every((f) => f.predicate !== 'killed' || f.weak),
      'two named deaths: no toll of one',
    );
    assert.equal(toll('He died of a self-inflicted gunshot wound after shooting at officers.', 'killed'), undefined);
    assert.equal(toll('Two died, five were injured at the dance hall.', 'killed'), 2, '"Two" is no name');
    // A lone death after the lead is a lower bound, not the toll.
    const late = factsOfText(
      'Shooting on Elm Street\n\nPolice were called on Sunday.\n\nNeighbours heard shots.\n\nThe street was closed.\n\nA bus was diverted.\n\nHe died on Monday.',
    );
    assert.ok(late.every((f) => f.predicate !== 'killed' || f.weak));
  });

  it('a toll over days of a city’s violence, a part of the dead and the rest of a count are never the toll', () => {
    assert.equal(toll('Ten people were killed in the city since Friday, police said.', 'killed'), undefined);
    assert.equal(toll('Five people were shot to death within four hours on Saturday.', 'killed'), undefined);
    assert.ok(
      factsOfText('He was among 12 people shot between Friday evening and Monday morning.')[0]?.anchor === 'aggregate',
    );
    assert.equal(toll('Four teenagers were shot dead in Millbrook since early Saturday.', 'killed'), undefined);
    assert.equal(toll('Four of the officers killed were with the city police.', 'killed'), undefined);
    assert.equal(toll('His other two victims were killed in the lobby.', 'killed'), undefined);
  });

  it('tolls count the born: "six people, including an unborn child", and "the six killed" after it', () => {
    const fs = factsOfText(
      'The gunman killed six people, including an unborn child, at the house.\n\nIn addition to the six killed, three others were hurt.',
    );
    const killed = fs.filter((f) => f.predicate === 'killed');
    assert.deepEqual(
      killed.map((f) => f.low),
      [5, 5],
    );
  });

  it('reads a list of civilians, three-word names and a middle initial', () => {
    assert.equal(toll('Two civilians and one police officer were killed on Friday.', 'killed'), 3);
    assert.equal(
      toll('A man opened fire, killing 30-year-old Carla Ana Venn-Roe and 28-year-old Alexy R. Garcia.', 'killed'),
      2,
    );
    const named = factsOfText('Police shot and killed 16-year-old Kimani Roe after a chase on Saturday.');
    assert.equal(named[0]?.claim.figure.text, '16-year-old Kimani Roe', 'a name takes no word after it');
  });

  it('ages and page furniture are no counts: "both 21", a playlist time, a link, a video embed', () => {
    assert.equal(toll('Tim Roe and Al Venn, both 21, were killed.', 'killed') === 21, false);
    assert.equal(toll('1:27 Two dead after a crash on the bypass', 'killed'), undefined);
    assert.equal(toll('+ Three killed in a crash on the bypass', 'killed'), undefined);
    assert.equal(toll('PREVIOUS: Two killed in a shooting on Elm Street', 'killed'), undefined);
    assert.equal(
      toll('Manhunt for double murder suspect 1:22 autoplay Copy this code to your website', 'killed'),
      undefined,
    );
  });

  it('a headline subject has no determiner or verb of saying in its modifiers', () => {
    assert.equal(toll('Investigators believe the man killed in the crash had been shot.', 'killed'), undefined);
  });
});
