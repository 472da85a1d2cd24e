import { createComponent, type EventName } from '@lit/react';
import React from 'react';
import {
  type BookingChangedDetail,
  type BookingEventDetail,
  type ErrorDetail,
  MmBooking as MmBookingElement,
  type StepChangeDetail,
} from './index.js';

export type {
  BookingChangedDetail,
  BookingEventDetail,
  ErrorDetail,
  StepChangeDetail,
} from './index.js';

/**
 * `<mm-booking>` for React (`@mm/widget/react`): its properties as props (`apiUrl`, `partnerKey`, …),
 * its events as `on…` props that receive the `CustomEvent`. Importing this module defines the tag, as
 * `@mm/widget` does; the events and their details are documented on the element.
 *
 * @example
 * <MmBooking apiUrl="https://api.example/graphql" partnerKey="pk_..." onBookingCreated={(e) => track(e.detail)} />
 */
export const MmBooking = createComponent({
  react: React,
  tagName: 'mm-booking',
  elementClass: MmBookingElement,
  displayName: 'MmBooking',
  events: {
    onReady: 'mm-ready' as EventName<CustomEvent<void>>,
    onStepChange: 'mm-step-change' as EventName<CustomEvent<StepChangeDetail>>,
    onBookingCreated: 'mm-booking-created' as EventName<CustomEvent<BookingEventDetail>>,
    onBookingChanged: 'mm-booking-changed' as EventName<CustomEvent<BookingChangedDetail>>,
    onError: 'mm-error' as EventName<CustomEvent<ErrorDetail>>,
  },
});
