import type { PairedRegionId } from '../../shared/domain/body-locations';

/**
 * The body map's words. A side and a region are written as one phrase per place, not as a
 * "{{side}} {{region}}" pattern: many languages put the side after the region or make it agree with
 * the region's gender ("betis kiri", "левая икра" but "левое бедро"). Midline regions are named by
 * `vocabulary.region.*`.
 */
export const bodyMapEn = {
  front: 'Front',
  back: 'Back',
  /** Small markers beside each figure showing which side is the person's left and right. */
  leftMarker: 'L',
  rightMarker: 'R',
  instructions: 'Use the arrow keys to move, Space to select, or type a body part’s name.',
  selected: 'Selected: {{list, list(type: unit)}}',
  nothingSelected: 'Nothing selected yet',
  showList: 'Show as a list',
  showMap: 'Show the body map',
  left: {
    hand: 'Left hand',
    fingers: 'Left fingers',
    forearm: 'Left forearm or arm',
    hip: 'Left hip',
    'outer-thigh': 'Left outer thigh',
    thigh: 'Left thigh',
    hamstring: 'Left hamstring',
    knee: 'Left knee',
    'below-knee': 'Below the left knee',
    calf: 'Left calf',
    foot: 'Left foot',
    sole: 'Left sole',
    toes: 'Left toes',
  },
  right: {
    hand: 'Right hand',
    fingers: 'Right fingers',
    forearm: 'Right forearm or arm',
    hip: 'Right hip',
    'outer-thigh': 'Right outer thigh',
    thigh: 'Right thigh',
    hamstring: 'Right hamstring',
    knee: 'Right knee',
    'below-knee': 'Below the right knee',
    calf: 'Right calf',
    foot: 'Right foot',
    sole: 'Right sole',
    toes: 'Right toes',
  },
} satisfies {
  left: Record<PairedRegionId, string>;
  right: Record<PairedRegionId, string>;
  [key: string]: unknown;
};
