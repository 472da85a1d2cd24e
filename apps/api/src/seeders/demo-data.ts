import type { Condition, Technique } from '@mm/domain/vocabulary';
import type { StaffRole } from '../auth/roles.js';

/** The demo operator's team: mobile therapists across Sydney. */
export interface DemoTherapist {
  readonly displayName: string;
  readonly bio: string;
  readonly gender: 'female' | 'male' | 'non-binary';
  readonly techniques: readonly Technique[];
  readonly medicalQualified: boolean;
  readonly licenceNumber: string;
  /** Days from the seed date to licence expiry (negative: already expired). */
  readonly licenceValidDays: number;
  readonly travelBufferMinutes: number;
  readonly servicePostcodes: readonly string[];
  /** ISO weekdays (1 = Monday) with wall-clock hours in Australia/Sydney. */
  readonly schedule: readonly { weekdays: readonly number[]; start: string; end: string }[];
  /** Whole days off, counted from the seed date. */
  readonly daysOff?: readonly number[];
}

const weekdays = [1, 2, 3, 4, 5];

export const DEMO_THERAPISTS: readonly DemoTherapist[] = [
  {
    displayName: 'Amelia Hart',
    bio: 'Remedial therapist with ten years in sports and post-surgical rehabilitation.',
    gender: 'female',
    techniques: ['TRIGGER_POINT', 'DEEP_TISSUE', 'MYOFASCIAL_RELEASE', 'SPORTS'],
    medicalQualified: true,
    licenceNumber: 'RMT-204118',
    licenceValidDays: 400,
    travelBufferMinutes: 30,
    servicePostcodes: ['2000', '2009', '2010', '2011', '2021'],
    schedule: [{ weekdays, start: '09:00', end: '17:00' }],
  },
  {
    displayName: 'Liam Nguyen',
    bio: 'Neuromuscular therapy for chronic neck and back pain; former physiotherapy assistant.',
    gender: 'male',
    techniques: ['NEUROMUSCULAR', 'TRIGGER_POINT', 'DEEP_TISSUE'],
    medicalQualified: true,
    licenceNumber: 'RMT-198233',
    licenceValidDays: 300,
    travelBufferMinutes: 30,
    servicePostcodes: ['2000', '2010', '2037', '2042', '2050'],
    schedule: [{ weekdays: [2, 3, 4, 5, 6], start: '10:00', end: '18:00' }],
    daysOff: [3],
  },
  {
    displayName: 'Sofia Rossi',
    bio: 'Lymphatic drainage and oedema care after surgery, working with local surgeons.',
    gender: 'female',
    techniques: ['LYMPHATIC_DRAINAGE', 'MYOFASCIAL_RELEASE', 'SWEDISH'],
    medicalQualified: true,
    licenceNumber: 'RMT-210774',
    licenceValidDays: 500,
    travelBufferMinutes: 20,
    servicePostcodes: ['2026', '2031', '2021', '2022', '2024'],
    schedule: [{ weekdays, start: '08:00', end: '16:00' }],
  },
  {
    displayName: 'Noah Williams',
    bio: 'Sports massage for runners and rowers; evenings and weekends.',
    gender: 'male',
    techniques: ['SPORTS', 'DEEP_TISSUE', 'TRIGGER_POINT'],
    medicalQualified: false,
    licenceNumber: 'MT-330912',
    licenceValidDays: 200,
    travelBufferMinutes: 15,
    servicePostcodes: ['2060', '2065', '2067', '2088'],
    schedule: [
      { weekdays, start: '14:00', end: '21:00' },
      { weekdays: [6, 7], start: '09:00', end: '15:00' },
    ],
  },
  {
    displayName: 'Chloe Bennett',
    bio: 'Prenatal and Swedish massage in the comfort of your home.',
    gender: 'female',
    techniques: ['PRENATAL', 'SWEDISH', 'LYMPHATIC_DRAINAGE'],
    medicalQualified: false,
    licenceNumber: 'MT-341207',
    licenceValidDays: 365,
    travelBufferMinutes: 30,
    servicePostcodes: ['2088', '2095', '2096', '2099'],
    schedule: [{ weekdays: [1, 3, 5], start: '09:00', end: '15:00' }],
  },
  {
    displayName: 'Ethan Clarke',
    bio: 'Myofascial release and trigger point therapy for desk workers and headaches.',
    gender: 'male',
    techniques: ['MYOFASCIAL_RELEASE', 'TRIGGER_POINT', 'DEEP_TISSUE', 'SWEDISH'],
    medicalQualified: true,
    licenceNumber: 'RMT-187650',
    licenceValidDays: 20,
    travelBufferMinutes: 30,
    servicePostcodes: ['2000', '2009', '2060', '2065'],
    schedule: [{ weekdays, start: '07:00', end: '13:00' }],
  },
  {
    displayName: 'Isla Thompson',
    bio: 'Fibromyalgia and chronic pain care with gentle, paced treatment.',
    gender: 'female',
    techniques: ['MYOFASCIAL_RELEASE', 'NEUROMUSCULAR', 'SWEDISH', 'LYMPHATIC_DRAINAGE'],
    medicalQualified: true,
    licenceNumber: 'RMT-221345',
    licenceValidDays: 700,
    travelBufferMinutes: 45,
    servicePostcodes: ['2135', '2140', '2150', '2137'],
    schedule: [{ weekdays: [1, 2, 3, 4], start: '09:30', end: '17:30' }],
    daysOff: [1, 2],
  },
  {
    displayName: 'Jack Morrison',
    bio: 'Deep tissue specialist for tradies and athletes.',
    gender: 'male',
    techniques: ['DEEP_TISSUE', 'SPORTS', 'TRIGGER_POINT'],
    medicalQualified: false,
    licenceNumber: 'MT-356001',
    licenceValidDays: 150,
    travelBufferMinutes: 30,
    servicePostcodes: ['2150', '2145', '2151', '2135'],
    schedule: [{ weekdays: [1, 2, 3, 4, 5, 6], start: '12:00', end: '20:00' }],
  },
  {
    displayName: 'Mia Patel',
    bio: 'Relaxation and Swedish massage; lymphatic drainage for travellers.',
    gender: 'female',
    techniques: ['SWEDISH', 'LYMPHATIC_DRAINAGE', 'PRENATAL'],
    medicalQualified: false,
    licenceNumber: 'MT-362778',
    licenceValidDays: 330,
    travelBufferMinutes: 20,
    servicePostcodes: ['2042', '2044', '2204', '2050', '2037'],
    schedule: [{ weekdays: [2, 4, 6, 7], start: '10:00', end: '19:00' }],
  },
  {
    displayName: 'Oliver Kim',
    bio: 'Post-surgical scar tissue and mobility work alongside orthopaedic teams.',
    gender: 'male',
    techniques: ['MYOFASCIAL_RELEASE', 'DEEP_TISSUE', 'NEUROMUSCULAR', 'TRIGGER_POINT'],
    medicalQualified: true,
    licenceNumber: 'RMT-176540',
    licenceValidDays: 250,
    travelBufferMinutes: 30,
    servicePostcodes: ['2031', '2032', '2033', '2026', '2010'],
    schedule: [{ weekdays, start: '11:00', end: '19:00' }],
  },
  {
    displayName: 'Riley Evans',
    bio: 'Trigger point and headache relief, tension-type and migraine.',
    gender: 'non-binary',
    techniques: ['TRIGGER_POINT', 'MYOFASCIAL_RELEASE', 'SWEDISH'],
    medicalQualified: true,
    licenceNumber: 'RMT-230019',
    licenceValidDays: 420,
    travelBufferMinutes: 25,
    servicePostcodes: ['2067', '2068', '2069', '2060', '2065'],
    schedule: [{ weekdays: [3, 4, 5, 6], start: '09:00', end: '17:00' }],
  },
  {
    displayName: 'Grace Walker',
    bio: 'Semi-retired remedial therapist; licence renewal pending.',
    gender: 'female',
    techniques: ['DEEP_TISSUE', 'SWEDISH', 'TRIGGER_POINT'],
    medicalQualified: true,
    licenceNumber: 'RMT-101772',
    licenceValidDays: -10,
    travelBufferMinutes: 30,
    servicePostcodes: ['2000', '2010', '2021'],
    schedule: [{ weekdays, start: '09:00', end: '17:00' }],
  },
];

export interface DemoReferral {
  readonly code: string;
  /** VERIFIED ones can be booked with at once; a PENDING one waits in the console's queue, with a letter attached. */
  readonly status: 'VERIFIED' | 'PENDING';
  readonly holder: { readonly familyName: string; readonly dateOfBirth: string };
  readonly holderGivenNames: string;
  readonly clientName: string;
  readonly clientEmail: string;
  readonly clientPhone: string;
  readonly providerName: string;
  readonly providerProfession: string;
  readonly providerNumber: string;
  readonly providerPractice: string;
  readonly conditions: readonly Condition[];
  readonly diagnosis: string;
  readonly diagnosisCode: string;
  readonly recommendedTechniques: readonly Technique[];
  readonly precautions: string;
  readonly sessionsAuthorised: number;
}

/**
 * Referrals with known codes: two verified, so a newcomer can book a medical
 * massage (with the holder's family name and date of birth), and one pending.
 */
export const DEMO_REFERRALS: readonly DemoReferral[] = [
  {
    code: 'RX-DEMO-BACK',
    status: 'VERIFIED',
    holder: { familyName: 'Shah', dateOfBirth: '1984-03-09' },
    holderGivenNames: 'Priya',
    clientName: 'Priya Shah',
    clientEmail: 'priya.shah@example.com',
    clientPhone: '+61412345678',
    providerName: 'Dr Helen Ng',
    providerProfession: 'General practitioner',
    providerNumber: '2145678A',
    providerPractice: 'Harbourside Medical Centre',
    conditions: ['CHRONIC_PAIN'],
    diagnosis: 'Chronic non-specific low back pain, 8 months',
    diagnosisCode: 'M54.5',
    recommendedTechniques: ['TRIGGER_POINT', 'MYOFASCIAL_RELEASE'],
    precautions: 'Avoid prone position longer than 20 minutes.',
    sessionsAuthorised: 6,
  },
  {
    code: 'RX-DEMO-KNEE',
    status: 'VERIFIED',
    holder: { familyName: 'Fraser', dateOfBirth: '1979-11-22' },
    holderGivenNames: 'Tom',
    clientName: 'Tom Fraser',
    clientEmail: 'tom.fraser@example.com',
    clientPhone: '+61498765432',
    providerName: 'Dr Marcus Lee',
    providerProfession: 'Orthopaedic surgeon',
    providerNumber: '4471223B',
    providerPractice: 'Eastern Suburbs Orthopaedics',
    conditions: ['POST_SURGICAL'],
    diagnosis: 'Right total knee replacement, rehabilitation',
    diagnosisCode: 'Z96.651',
    recommendedTechniques: [],
    precautions: 'Knee replacement six weeks ago: no deep pressure over the scar.',
    sessionsAuthorised: 1,
  },
  {
    code: 'RX-DEMO-NECK',
    status: 'PENDING',
    holder: { familyName: 'Nguyễn', dateOfBirth: '1991-05-17' },
    holderGivenNames: 'Linh',
    clientName: 'Linh Nguyen',
    clientEmail: 'linh.nguyen@example.com',
    clientPhone: '+61423456789',
    providerName: 'Dr Sarah Okafor',
    providerProfession: 'Physiotherapist',
    providerNumber: 'PHY0001234567',
    providerPractice: 'Inner West Physio & Rehab',
    conditions: ['HEADACHE', 'CHRONIC_PAIN'],
    diagnosis: 'Cervicogenic headache with upper trapezius trigger points',
    diagnosisCode: 'G44.841',
    recommendedTechniques: ['TRIGGER_POINT'],
    precautions: 'No cervical manipulation; stop if dizziness occurs.',
    sessionsAuthorised: 4,
  },
];

/**
 * The demo partner page's publishable key (packages/widget/demo/index.html
 * sends it). Publishable keys are public by design: what guards it is the
 * partner's origins, here only the demo page's own.
 */
export const DEMO_PARTNER = { name: 'Harbourside Physio', publishableKey: 'pk_demo_harbourside' } as const;

/** One console account per role, for trying the console; never created when NODE_ENV=production. */
export const DEMO_STAFF: readonly {
  readonly email: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly password: string;
  /** For the THERAPIST account: the demo therapist it belongs to. */
  readonly therapist?: string;
}[] = [
  { email: 'admin@demo.example', displayName: 'Avery Admin', role: 'ADMIN', password: 'demo-admin-password' },
  {
    email: 'coordinator@demo.example',
    displayName: 'Casey Coordinator',
    role: 'COORDINATOR',
    password: 'demo-coordinator-password',
  },
  {
    email: 'therapist@demo.example',
    displayName: 'Amelia Hart',
    role: 'THERAPIST',
    password: 'demo-therapist-password',
    therapist: 'Amelia Hart',
  },
];
