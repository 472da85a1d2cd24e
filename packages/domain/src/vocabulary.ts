/** The words the business uses: techniques, conditions and the demo treatment catalogue. */

export const TECHNIQUES = [
  'TRIGGER_POINT',
  'DEEP_TISSUE',
  'MYOFASCIAL_RELEASE',
  'NEUROMUSCULAR',
  'LYMPHATIC_DRAINAGE',
  'SWEDISH',
  'SPORTS',
  'PRENATAL',
] as const;
export type Technique = (typeof TECHNIQUES)[number];

export const TECHNIQUE_LABELS: Readonly<Record<Technique, string>> = {
  TRIGGER_POINT: 'Trigger point therapy',
  DEEP_TISSUE: 'Deep tissue',
  MYOFASCIAL_RELEASE: 'Myofascial release',
  NEUROMUSCULAR: 'Neuromuscular therapy (NMT)',
  LYMPHATIC_DRAINAGE: 'Manual lymphatic drainage (MLD)',
  SWEDISH: 'Swedish',
  SPORTS: 'Sports',
  PRENATAL: 'Prenatal',
};

/** Techniques used to treat a diagnosed condition (as opposed to wellness techniques). */
export const MEDICAL_TECHNIQUES: readonly Technique[] = [
  'TRIGGER_POINT',
  'DEEP_TISSUE',
  'MYOFASCIAL_RELEASE',
  'NEUROMUSCULAR',
  'LYMPHATIC_DRAINAGE',
];

export const CONDITIONS = [
  'CHRONIC_PAIN',
  'INJURY',
  'POST_SURGICAL',
  'HEADACHE',
  'FIBROMYALGIA',
  'CIRCULATION_EDEMA',
  'OTHER',
] as const;
export type Condition = (typeof CONDITIONS)[number];

export const CONDITION_LABELS: Readonly<Record<Condition, string>> = {
  CHRONIC_PAIN: 'Chronic pain (lower back, neck, shoulders)',
  INJURY: 'Injury (sports, accidents)',
  POST_SURGICAL: 'Post-surgical recovery (scar tissue, mobility)',
  HEADACHE: 'Headaches (tension, migraine)',
  FIBROMYALGIA: 'Fibromyalgia',
  CIRCULATION_EDEMA: 'Poor circulation, swelling, edema',
  OTHER: 'Other',
};

export const isTechnique = (value: string): value is Technique => (TECHNIQUES as readonly string[]).includes(value);
export const isCondition = (value: string): value is Condition => (CONDITIONS as readonly string[]).includes(value);

export interface TreatmentDefinition {
  readonly slug: string;
  readonly name: string;
  readonly description: string;
  readonly requiresReferral: boolean;
  readonly techniques: readonly Technique[];
}

/** The catalogue an operator starts with; the operator may edit it later. */
export const STARTER_TREATMENTS: readonly TreatmentDefinition[] = [
  {
    slug: 'medical-massage',
    name: 'Medical massage',
    description:
      'Treatment of a diagnosed condition as part of a wider treatment plan, prescribed by a healthcare provider and given by a therapist qualified for medical work.',
    requiresReferral: true,
    techniques: MEDICAL_TECHNIQUES,
  },
  {
    slug: 'deep-tissue',
    name: 'Deep tissue massage',
    description:
      'Slow, deep strokes and firm pressure on the deeper layers of muscle and fascia, for chronic tension, stress, recovery and posture.',
    requiresReferral: false,
    techniques: ['DEEP_TISSUE', 'TRIGGER_POINT'],
  },
  {
    slug: 'swedish',
    name: 'Swedish massage',
    description: 'Long, flowing strokes with light to medium pressure for relaxation and general wellbeing.',
    requiresReferral: false,
    techniques: ['SWEDISH'],
  },
  {
    slug: 'sports',
    name: 'Sports massage',
    description:
      'Work on the muscles used in a sport, before or after training and events, to help recovery and range of motion.',
    requiresReferral: false,
    techniques: ['SPORTS', 'DEEP_TISSUE', 'TRIGGER_POINT'],
  },
  {
    slug: 'prenatal',
    name: 'Prenatal massage',
    description: 'Gentle massage adapted to pregnancy, positioned for comfort and safety of parent and baby.',
    requiresReferral: false,
    techniques: ['PRENATAL', 'SWEDISH'],
  },
  {
    slug: 'lymphatic-drainage',
    name: 'Lymphatic drainage',
    description: 'Light, rhythmic strokes that encourage lymph flow and ease swelling and fluid retention.',
    requiresReferral: false,
    techniques: ['LYMPHATIC_DRAINAGE'],
  },
];

/** The demo operator's price tiers (AUD, minor units). */
export const STARTER_PRICE_TIERS: readonly { durationMinutes: number; amountMinor: number }[] = [
  { durationMinutes: 60, amountMinor: 13900 },
  { durationMinutes: 75, amountMinor: 17400 },
  { durationMinutes: 90, amountMinor: 19900 },
  { durationMinutes: 120, amountMinor: 25900 },
];
