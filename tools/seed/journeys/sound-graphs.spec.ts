import { validateGraph } from '@cascade/journey';
import { JOURNEYS, load } from './demo-journey.fixture';

describe('demo journeys: sound graphs', () => {
  it.each(JOURNEYS)('%s.json passes validation, and every node has a label and a left-to-right position', (file) => {
    const journey = load(file);
    expect(validateGraph({ graph: journey })).toEqual([]);
    expect(journey.name && journey.description).toBeTruthy();
    const x = new Map(journey.nodes.map((node) => [node.id, node.position?.x ?? NaN]));
    expect(journey.nodes.filter((node) => !node.label || typeof node.position?.y !== 'number').map((node) => node.id)).toEqual([]);
    expect(journey.edges.filter((edge) => !(x.get(edge.to)! > x.get(edge.from)!)).map((edge) => `${edge.from} → ${edge.to}`)).toEqual([]);
  });
});
