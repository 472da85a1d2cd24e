/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AppShellQuery {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n": typeof types.AppShellQueryDocument,
    "\n  query OperatorQuery {\n    bookingPolicy {\n      timeZone\n      locale\n      currency\n    }\n  }\n": typeof types.OperatorQueryDocument,
    "\n  mutation SignOutMutation {\n    signOut\n  }\n": typeof types.SignOutMutationDocument,
    "\n  mutation ResendDeliveryMutation($id: ID!) {\n    resendDelivery(id: $id) {\n      id\n      status\n      attempts\n      lastError\n      responseCode\n      dueAt\n      sentAt\n    }\n  }\n": typeof types.ResendDeliveryMutationDocument,
    "\n  query AccountPageQuery {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n": typeof types.AccountPageQueryDocument,
    "\n  query AuditPageQuery($filter: HealthAuditFilter, $after: String) {\n    healthAudit(filter: $filter, first: 50, after: $after) {\n      entries {\n        id\n        at\n        actorId\n        actorName\n        actorRole\n        action\n        recordType\n        recordId\n        fields\n        requestId\n      }\n      endCursor\n    }\n  }\n": typeof types.AuditPageQueryDocument,
    "\n  fragment BookingActions_booking on StaffBooking {\n    id\n    reference\n    status\n    start\n    freeChangeUntil\n    referral {\n      code\n    }\n    therapist {\n      id\n      displayName\n    }\n  }\n": typeof types.BookingActions_BookingFragmentDoc,
    "\n  mutation CancelBookingMutation($id: ID!, $reason: String!) {\n    staffCancelBooking(id: $id, reason: $reason) {\n      id\n      ...BookingDetails_booking\n      ...BookingActions_booking\n    }\n  }\n": typeof types.CancelBookingMutationDocument,
    "\n  mutation RecordOutcomeMutation($id: ID!, $outcome: BookingOutcome!) {\n    recordBookingOutcome(id: $id, outcome: $outcome) {\n      id\n      ...BookingDetails_booking\n      ...BookingActions_booking\n    }\n  }\n": typeof types.RecordOutcomeMutationDocument,
    "\n  query ReassignOptionsQuery($id: ID!) {\n    reassignmentOptions(id: $id) {\n      id\n      displayName\n      gender\n      medicalQualified\n    }\n  }\n": typeof types.ReassignOptionsQueryDocument,
    "\n  mutation ReassignBookingMutation($id: ID!, $therapistId: ID!) {\n    reassignBooking(id: $id, therapistId: $therapistId) {\n      id\n      ...BookingDetails_booking\n      ...BookingActions_booking\n    }\n  }\n": typeof types.ReassignBookingMutationDocument,
    "\n  fragment BookingDetails_booking on StaffBooking {\n    id\n    reference\n    status\n    start\n    end\n    durationMinutes\n    bufferMinutes\n    price {\n      formatted\n    }\n    treatment {\n      id\n      name\n    }\n    therapist {\n      id\n      displayName\n    }\n    client {\n      id\n      name\n      email\n      phone\n    }\n    address {\n      line1\n      line2\n      suburb\n      state\n      postcode\n      country\n    }\n    partner {\n      id\n      name\n    }\n    referral {\n      code\n      status\n      sessionsAuthorised\n      sessionsUsed\n    }\n    bookedAt\n    freeChangeUntil\n    cancelledAt\n    cancelReason\n  }\n": typeof types.BookingDetails_BookingFragmentDoc,
    "\n  query BookingPageQuery($id: ID!) {\n    staffBooking(id: $id) {\n      id\n      ...BookingDetails_booking\n      ...BookingActions_booking\n      ...CareNotes_booking\n    }\n  }\n": typeof types.BookingPageQueryDocument,
    "\n  fragment BookingTable_booking on StaffBooking {\n    id\n    reference\n    status\n    start\n    durationMinutes\n    price {\n      formatted\n    }\n    treatment {\n      id\n      name\n    }\n    therapist {\n      id\n      displayName\n    }\n    client {\n      name\n    }\n    partner {\n      name\n    }\n  }\n": typeof types.BookingTable_BookingFragmentDoc,
    "\n  query BookingsPageQuery($filter: StaffBookingFilter, $order: StaffBookingOrder, $after: String) {\n    staffBookings(filter: $filter, order: $order, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          ...BookingTable_booking\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.BookingsPageQueryDocument,
    "\n  query BookingTreatmentsQuery {\n    treatments {\n      id\n      name\n    }\n  }\n": typeof types.BookingTreatmentsQueryDocument,
    "\n  query BookingTherapistsQuery {\n    therapists {\n      id\n      displayName\n    }\n  }\n": typeof types.BookingTherapistsQueryDocument,
    "\n  query BookingPartnersQuery {\n    partners {\n      id\n      name\n    }\n  }\n": typeof types.BookingPartnersQueryDocument,
    "\n  fragment CareNotes_booking on StaffBooking {\n    referral {\n      code\n    }\n    careNotes {\n      precautions\n      intakeNotes\n    }\n  }\n": typeof types.CareNotes_BookingFragmentDoc,
    "\n  query CalendarPageQuery($from: Date!, $to: Date!) {\n    staffCalendar(from: $from, to: $to) {\n      therapist {\n        id\n        displayName\n      }\n      ...CalendarColumn_column\n    }\n  }\n": typeof types.CalendarPageQueryDocument,
    "\n  fragment CalendarColumn_column on CalendarColumn {\n    therapist {\n      id\n      displayName\n    }\n    workingHours {\n      start\n      end\n    }\n    timeOff {\n      start\n      end\n    }\n    bookings {\n      id\n      reference\n      status\n      start\n      end\n      bufferMinutes\n      client {\n        name\n      }\n      treatment {\n        name\n      }\n    }\n  }\n": typeof types.CalendarColumn_ColumnFragmentDoc,
    "\n  query CatalogPageQuery {\n    treatments {\n      ...TreatmentTable_treatment\n    }\n    priceTiers {\n      ...PriceTierTable_priceTier\n    }\n  }\n": typeof types.CatalogPageQueryDocument,
    "\n  fragment PriceTierTable_priceTier on PriceTier {\n    id\n    durationMinutes\n    price {\n      formatted\n    }\n  }\n": typeof types.PriceTierTable_PriceTierFragmentDoc,
    "\n  fragment TreatmentTable_treatment on Treatment {\n    id\n    name\n    slug\n    requiresReferral\n    techniques\n  }\n": typeof types.TreatmentTable_TreatmentFragmentDoc,
    "\n  query ClientPageQuery($id: ID!) {\n    client(id: $id) {\n      id\n      name\n      email\n      phone\n    }\n    referrals(filter: { clientId: $id }, first: 100) {\n      edges {\n        node {\n          id\n          code\n          status\n          sessionsAuthorised\n          sessionsUsed\n          expiresOn\n          provider {\n            name\n          }\n        }\n      }\n    }\n    staffBookings(filter: { clientId: $id }, order: START_DESC, first: 100) {\n      edges {\n        node {\n          id\n          ...BookingTable_booking\n        }\n      }\n    }\n  }\n": typeof types.ClientPageQueryDocument,
    "\n  mutation UpdateClientMutation($id: ID!, $client: ClientInput!) {\n    updateClientContact(id: $id, client: $client) {\n      id\n      name\n      email\n      phone\n    }\n  }\n": typeof types.UpdateClientMutationDocument,
    "\n  query ClientsPageQuery($search: String, $after: String) {\n    clients(search: $search, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          name\n          email\n          phone\n          bookingCount\n          lastBookingStart\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ClientsPageQueryDocument,
    "\n  query DashboardPageQuery {\n    dashboard {\n      today\n      bookingsPerDay {\n        date\n        booked\n        cancelled\n        noShow\n      }\n      revenueByLength {\n        label\n        sessions\n        revenue {\n          amountMinor\n          currency\n          formatted\n        }\n      }\n      revenueByChannel {\n        label\n        sessions\n        revenue {\n          amountMinor\n          currency\n          formatted\n        }\n      }\n      outcomes {\n        bookings\n        cancelled\n        noShow\n      }\n      utilisation {\n        therapistId\n        displayName\n        bookedHours\n        scheduledHours\n      }\n      licencesDue {\n        therapistId\n        displayName\n        expiresOn\n      }\n      referralsWaiting {\n        count\n        oldestReceivedAt\n      }\n      referralsExpiring {\n        referralId\n        code\n        holderName\n        expiresOn\n        sessionsLeft\n      }\n      referralSessionsPerWeek {\n        weekOf\n        sessions\n      }\n    }\n  }\n": typeof types.DashboardPageQueryDocument,
    "\n  query MessagePageQuery($id: ID!) {\n    message(id: $id) {\n      id\n      topic\n      template\n      status\n      attempts\n      lastError\n      createdAt\n      dueAt\n      sentAt\n      bookingReference\n      referralCode\n      email {\n        to\n        subject\n        text\n        html\n        invite\n        transport\n        messageId\n      }\n    }\n  }\n": typeof types.MessagePageQueryDocument,
    "\n  query MessagesPageQuery($status: DeliveryStatus, $after: String) {\n    messages(status: $status, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          topic\n          template\n          status\n          attempts\n          createdAt\n          dueAt\n          sentAt\n          bookingReference\n          referralCode\n          email {\n            to\n            subject\n            transport\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MessagesPageQueryDocument,
    "\n  query PartnerPageQuery {\n    partners {\n      id\n      name\n      origins\n      treatmentIds\n      keys {\n        id\n        kind\n        publishableKey\n        hint\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n    treatments {\n      id\n      name\n    }\n    embedding {\n      scriptUrl\n      apiUrl\n    }\n  }\n": typeof types.PartnerPageQueryDocument,
    "\n  mutation UpdatePartnerMutation($id: ID!, $input: PartnerInput!) {\n    updatePartner(id: $id, input: $input) {\n      id\n      name\n      origins\n      treatmentIds\n    }\n  }\n": typeof types.UpdatePartnerMutationDocument,
    "\n  mutation IssuePartnerKeyMutation($partnerId: ID!, $kind: PartnerKeyKind!) {\n    issuePartnerKey(partnerId: $partnerId, kind: $kind) {\n      token\n      key {\n        id\n      }\n    }\n  }\n": typeof types.IssuePartnerKeyMutationDocument,
    "\n  mutation RevokePartnerKeyMutation($id: ID!) {\n    revokePartnerKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokePartnerKeyMutationDocument,
    "\n  query PartnersPageQuery {\n    partners {\n      id\n      name\n      origins\n      treatmentIds\n      keys {\n        id\n        kind\n        revokedAt\n      }\n    }\n    treatments {\n      id\n      name\n    }\n  }\n": typeof types.PartnersPageQueryDocument,
    "\n  mutation CreatePartnerMutation($input: PartnerInput!) {\n    createPartner(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePartnerMutationDocument,
    "\n  query WebhookDeliveriesQuery($partnerId: ID!, $status: DeliveryStatus, $after: String) {\n    webhookDeliveries(partnerId: $partnerId, status: $status, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          topic\n          status\n          attempts\n          responseCode\n          lastError\n          createdAt\n          dueAt\n          sentAt\n          endpointUrl\n          bookingReference\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesQueryDocument,
    "\n  mutation AddWebhookEndpointMutation($input: WebhookEndpointInput!) {\n    addWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n": typeof types.AddWebhookEndpointMutationDocument,
    "\n  query WebhookEndpointsQuery($partnerId: ID!) {\n    webhookEndpoints(partnerId: $partnerId) {\n      id\n      url\n      topics\n      createdAt\n      previousSecretValidUntil\n    }\n  }\n": typeof types.WebhookEndpointsQueryDocument,
    "\n  mutation RotateWebhookSecretMutation($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        previousSecretValidUntil\n      }\n    }\n  }\n": typeof types.RotateWebhookSecretMutationDocument,
    "\n  mutation RemoveWebhookEndpointMutation($id: ID!) {\n    removeWebhookEndpoint(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.RemoveWebhookEndpointMutationDocument,
    "\n  query PriceHistoryQuery {\n    priceHistory {\n      id\n      durationMinutes\n      price {\n        amountMinor\n        formatted\n      }\n      effectiveFrom\n      effectiveUntil\n      period\n      createdAt\n      createdBy\n    }\n  }\n": typeof types.PriceHistoryQueryDocument,
    "\n  mutation SchedulePriceChangeMutation($durationMinutes: Int!, $amountMinor: Int!, $effectiveFrom: Date!) {\n    schedulePriceChange(durationMinutes: $durationMinutes, amountMinor: $amountMinor, effectiveFrom: $effectiveFrom) {\n      id\n    }\n  }\n": typeof types.SchedulePriceChangeMutationDocument,
    "\n  mutation CancelPriceChangeMutation($id: ID!) {\n    cancelPriceChange(id: $id)\n  }\n": typeof types.CancelPriceChangeMutationDocument,
    "\n  query ReferralTreatmentsQuery {\n    staffTreatments {\n      id\n      name\n      requiresReferral\n      active\n    }\n  }\n": typeof types.ReferralTreatmentsQueryDocument,
    "\n  mutation EnterReferralMutation($input: ReferralInput!) {\n    enterReferral(input: $input) {\n      id\n    }\n  }\n": typeof types.EnterReferralMutationDocument,
    "\n  mutation VerifyReferralMutation($id: ID!) {\n    verifyReferral(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.VerifyReferralMutationDocument,
    "\n  mutation RejectReferralMutation($id: ID!, $reason: String!) {\n    rejectReferral(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RejectReferralMutationDocument,
    "\n  mutation AmendReferralMutation($id: ID!, $amendment: ReferralAmendment!) {\n    amendReferral(id: $id, amendment: $amendment) {\n      id\n      status\n      sessionsAuthorised\n      expiresOn\n    }\n  }\n": typeof types.AmendReferralMutationDocument,
    "\n  query ReferralPageQuery($id: ID!) {\n    referral(id: $id) {\n      id\n      code\n      status\n      treatmentName\n      clientId\n      clientName\n      holderFamilyName\n      holderGivenNames\n      holderDateOfBirth\n      provider {\n        name\n        profession\n        registrationNumber\n        practice\n        contact\n      }\n      recommendedTechniques\n      sessionsAuthorised\n      sessionsUsed\n      sessionsLeft\n      issuedOn\n      expiresOn\n      submittedVia\n      partnerName\n      receivedAt\n      decidedAt\n      decidedByName\n      purgedAt\n      document {\n        contentType\n        byteSize\n        path\n      }\n      health {\n        conditions\n        diagnosis\n        diagnosisCode\n        precautions\n        providerNotes\n      }\n      uses {\n        id\n        reference\n        status\n        start\n        therapistName\n      }\n      changes {\n        id\n        action\n        reason\n        sessionsAuthorisedBefore\n        sessionsAuthorisedAfter\n        expiresOnBefore\n        expiresOnAfter\n        actorName\n        at\n      }\n    }\n  }\n": typeof types.ReferralPageQueryDocument,
    "\n  query ReferralsPageQuery($filter: ReferralFilter, $order: ReferralOrder!, $after: String) {\n    referrals(filter: $filter, order: $order, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          code\n          status\n          holderFamilyName\n          holderGivenNames\n          clientName\n          provider {\n            name\n            profession\n          }\n          sessionsAuthorised\n          sessionsUsed\n          expiresOn\n          receivedAt\n          submittedVia\n          document {\n            contentType\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ReferralsPageQueryDocument,
    "\n  mutation SignInPageMutation($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n      role\n    }\n  }\n": typeof types.SignInPageMutationDocument,
    "\n  query StaffPageQuery {\n    staffAccounts {\n      id\n      email\n      displayName\n      role\n      therapistId\n      active\n    }\n    therapists {\n      id\n      displayName\n    }\n  }\n": typeof types.StaffPageQueryDocument,
    "\n  mutation CreateStaffMutation($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateStaffMutationDocument,
    "\n  mutation ChangeStaffRoleMutation($id: ID!, $role: StaffRole!, $therapistId: ID) {\n    changeStaffRole(id: $id, role: $role, therapistId: $therapistId) {\n      id\n      role\n      therapistId\n    }\n  }\n": typeof types.ChangeStaffRoleMutationDocument,
    "\n  mutation DeactivateStaffMutation($id: ID!) {\n    deactivateStaffAccount(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.DeactivateStaffMutationDocument,
    "\n  mutation SetScheduleMutation($therapistId: ID!, $ranges: [WeeklyRangeInput!]!) {\n    setWeeklySchedule(therapistId: $therapistId, ranges: $ranges) {\n      id\n      weeklySchedule {\n        weekday\n        start\n        end\n      }\n    }\n  }\n": typeof types.SetScheduleMutationDocument,
    "\n  query TherapistPageQuery($id: ID!) {\n    therapist(id: $id) {\n      id\n      ...TherapistProfileForm_therapist\n      active\n      weeklySchedule {\n        weekday\n        start\n        end\n      }\n      timeOff {\n        id\n        start\n        end\n        reason\n      }\n    }\n    bookingPolicy {\n      slotStepMinutes\n      horizonDays\n    }\n  }\n": typeof types.TherapistPageQueryDocument,
    "\n  mutation UpdateTherapistMutation($id: ID!, $input: TherapistInput!) {\n    updateTherapist(id: $id, input: $input) {\n      id\n      ...TherapistProfileForm_therapist\n    }\n  }\n": typeof types.UpdateTherapistMutationDocument,
    "\n  mutation SetTherapistActiveMutation($id: ID!, $active: Boolean!) {\n    setTherapistActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.SetTherapistActiveMutationDocument,
    "\n  mutation CreateTherapistMutation($input: TherapistInput!) {\n    createTherapist(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateTherapistMutationDocument,
    "\n  fragment TherapistProfileForm_therapist on Therapist {\n    displayName\n    bio\n    gender\n    techniques\n    medicalQualified\n    licenceNumber\n    licenceBody\n    licenceExpiresOn\n    timeZone\n    travelBufferMinutes\n    servicePostcodes\n  }\n": typeof types.TherapistProfileForm_TherapistFragmentDoc,
    "\n  query TherapistsPageQuery($includeInactive: Boolean!) {\n    therapists(includeInactive: $includeInactive) {\n      id\n      displayName\n      active\n      medicalQualified\n      licenceExpiresOn\n      servicePostcodes\n    }\n  }\n": typeof types.TherapistsPageQueryDocument,
    "\n  mutation AddTimeOffMutation($therapistId: ID!, $start: DateTime!, $end: DateTime!, $reason: String) {\n    addTimeOff(therapistId: $therapistId, start: $start, end: $end, reason: $reason) {\n      id\n      start\n      end\n      reason\n    }\n  }\n": typeof types.AddTimeOffMutationDocument,
    "\n  mutation RemoveTimeOffMutation($id: ID!) {\n    removeTimeOff(id: $id)\n  }\n": typeof types.RemoveTimeOffMutationDocument,
    "\n  query StaffTreatmentsQuery {\n    staffTreatments {\n      id\n      slug\n      name\n      description\n      requiresReferral\n      techniques\n      position\n      active\n    }\n  }\n": typeof types.StaffTreatmentsQueryDocument,
    "\n  mutation CreateTreatmentMutation($input: TreatmentInput!) {\n    createTreatment(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateTreatmentMutationDocument,
    "\n  mutation UpdateTreatmentMutation($id: ID!, $input: TreatmentInput!) {\n    updateTreatment(id: $id, input: $input) {\n      id\n      slug\n      name\n      description\n      requiresReferral\n      techniques\n      position\n    }\n  }\n": typeof types.UpdateTreatmentMutationDocument,
    "\n  mutation SetTreatmentActiveMutation($id: ID!, $active: Boolean!) {\n    setTreatmentActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.SetTreatmentActiveMutationDocument,
};
const documents: Documents = {
    "\n  query AppShellQuery {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n": types.AppShellQueryDocument,
    "\n  query OperatorQuery {\n    bookingPolicy {\n      timeZone\n      locale\n      currency\n    }\n  }\n": types.OperatorQueryDocument,
    "\n  mutation SignOutMutation {\n    signOut\n  }\n": types.SignOutMutationDocument,
    "\n  mutation ResendDeliveryMutation($id: ID!) {\n    resendDelivery(id: $id) {\n      id\n      status\n      attempts\n      lastError\n      responseCode\n      dueAt\n      sentAt\n    }\n  }\n": types.ResendDeliveryMutationDocument,
    "\n  query AccountPageQuery {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n": types.AccountPageQueryDocument,
    "\n  query AuditPageQuery($filter: HealthAuditFilter, $after: String) {\n    healthAudit(filter: $filter, first: 50, after: $after) {\n      entries {\n        id\n        at\n        actorId\n        actorName\n        actorRole\n        action\n        recordType\n        recordId\n        fields\n        requestId\n      }\n      endCursor\n    }\n  }\n": types.AuditPageQueryDocument,
    "\n  fragment BookingActions_booking on StaffBooking {\n    id\n    reference\n    status\n    start\n    freeChangeUntil\n    referral {\n      code\n    }\n    therapist {\n      id\n      displayName\n    }\n  }\n": types.BookingActions_BookingFragmentDoc,
    "\n  mutation CancelBookingMutation($id: ID!, $reason: String!) {\n    staffCancelBooking(id: $id, reason: $reason) {\n      id\n      ...BookingDetails_booking\n      ...BookingActions_booking\n    }\n  }\n": types.CancelBookingMutationDocument,
    "\n  mutation RecordOutcomeMutation($id: ID!, $outcome: BookingOutcome!) {\n    recordBookingOutcome(id: $id, outcome: $outcome) {\n      id\n      ...BookingDetails_booking\n      ...BookingActions_booking\n    }\n  }\n": types.RecordOutcomeMutationDocument,
    "\n  query ReassignOptionsQuery($id: ID!) {\n    reassignmentOptions(id: $id) {\n      id\n      displayName\n      gender\n      medicalQualified\n    }\n  }\n": types.ReassignOptionsQueryDocument,
    "\n  mutation ReassignBookingMutation($id: ID!, $therapistId: ID!) {\n    reassignBooking(id: $id, therapistId: $therapistId) {\n      id\n      ...BookingDetails_booking\n      ...BookingActions_booking\n    }\n  }\n": types.ReassignBookingMutationDocument,
    "\n  fragment BookingDetails_booking on StaffBooking {\n    id\n    reference\n    status\n    start\n    end\n    durationMinutes\n    bufferMinutes\n    price {\n      formatted\n    }\n    treatment {\n      id\n      name\n    }\n    therapist {\n      id\n      displayName\n    }\n    client {\n      id\n      name\n      email\n      phone\n    }\n    address {\n      line1\n      line2\n      suburb\n      state\n      postcode\n      country\n    }\n    partner {\n      id\n      name\n    }\n    referral {\n      code\n      status\n      sessionsAuthorised\n      sessionsUsed\n    }\n    bookedAt\n    freeChangeUntil\n    cancelledAt\n    cancelReason\n  }\n": types.BookingDetails_BookingFragmentDoc,
    "\n  query BookingPageQuery($id: ID!) {\n    staffBooking(id: $id) {\n      id\n      ...BookingDetails_booking\n      ...BookingActions_booking\n      ...CareNotes_booking\n    }\n  }\n": types.BookingPageQueryDocument,
    "\n  fragment BookingTable_booking on StaffBooking {\n    id\n    reference\n    status\n    start\n    durationMinutes\n    price {\n      formatted\n    }\n    treatment {\n      id\n      name\n    }\n    therapist {\n      id\n      displayName\n    }\n    client {\n      name\n    }\n    partner {\n      name\n    }\n  }\n": types.BookingTable_BookingFragmentDoc,
    "\n  query BookingsPageQuery($filter: StaffBookingFilter, $order: StaffBookingOrder, $after: String) {\n    staffBookings(filter: $filter, order: $order, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          ...BookingTable_booking\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.BookingsPageQueryDocument,
    "\n  query BookingTreatmentsQuery {\n    treatments {\n      id\n      name\n    }\n  }\n": types.BookingTreatmentsQueryDocument,
    "\n  query BookingTherapistsQuery {\n    therapists {\n      id\n      displayName\n    }\n  }\n": types.BookingTherapistsQueryDocument,
    "\n  query BookingPartnersQuery {\n    partners {\n      id\n      name\n    }\n  }\n": types.BookingPartnersQueryDocument,
    "\n  fragment CareNotes_booking on StaffBooking {\n    referral {\n      code\n    }\n    careNotes {\n      precautions\n      intakeNotes\n    }\n  }\n": types.CareNotes_BookingFragmentDoc,
    "\n  query CalendarPageQuery($from: Date!, $to: Date!) {\n    staffCalendar(from: $from, to: $to) {\n      therapist {\n        id\n        displayName\n      }\n      ...CalendarColumn_column\n    }\n  }\n": types.CalendarPageQueryDocument,
    "\n  fragment CalendarColumn_column on CalendarColumn {\n    therapist {\n      id\n      displayName\n    }\n    workingHours {\n      start\n      end\n    }\n    timeOff {\n      start\n      end\n    }\n    bookings {\n      id\n      reference\n      status\n      start\n      end\n      bufferMinutes\n      client {\n        name\n      }\n      treatment {\n        name\n      }\n    }\n  }\n": types.CalendarColumn_ColumnFragmentDoc,
    "\n  query CatalogPageQuery {\n    treatments {\n      ...TreatmentTable_treatment\n    }\n    priceTiers {\n      ...PriceTierTable_priceTier\n    }\n  }\n": types.CatalogPageQueryDocument,
    "\n  fragment PriceTierTable_priceTier on PriceTier {\n    id\n    durationMinutes\n    price {\n      formatted\n    }\n  }\n": types.PriceTierTable_PriceTierFragmentDoc,
    "\n  fragment TreatmentTable_treatment on Treatment {\n    id\n    name\n    slug\n    requiresReferral\n    techniques\n  }\n": types.TreatmentTable_TreatmentFragmentDoc,
    "\n  query ClientPageQuery($id: ID!) {\n    client(id: $id) {\n      id\n      name\n      email\n      phone\n    }\n    referrals(filter: { clientId: $id }, first: 100) {\n      edges {\n        node {\n          id\n          code\n          status\n          sessionsAuthorised\n          sessionsUsed\n          expiresOn\n          provider {\n            name\n          }\n        }\n      }\n    }\n    staffBookings(filter: { clientId: $id }, order: START_DESC, first: 100) {\n      edges {\n        node {\n          id\n          ...BookingTable_booking\n        }\n      }\n    }\n  }\n": types.ClientPageQueryDocument,
    "\n  mutation UpdateClientMutation($id: ID!, $client: ClientInput!) {\n    updateClientContact(id: $id, client: $client) {\n      id\n      name\n      email\n      phone\n    }\n  }\n": types.UpdateClientMutationDocument,
    "\n  query ClientsPageQuery($search: String, $after: String) {\n    clients(search: $search, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          name\n          email\n          phone\n          bookingCount\n          lastBookingStart\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ClientsPageQueryDocument,
    "\n  query DashboardPageQuery {\n    dashboard {\n      today\n      bookingsPerDay {\n        date\n        booked\n        cancelled\n        noShow\n      }\n      revenueByLength {\n        label\n        sessions\n        revenue {\n          amountMinor\n          currency\n          formatted\n        }\n      }\n      revenueByChannel {\n        label\n        sessions\n        revenue {\n          amountMinor\n          currency\n          formatted\n        }\n      }\n      outcomes {\n        bookings\n        cancelled\n        noShow\n      }\n      utilisation {\n        therapistId\n        displayName\n        bookedHours\n        scheduledHours\n      }\n      licencesDue {\n        therapistId\n        displayName\n        expiresOn\n      }\n      referralsWaiting {\n        count\n        oldestReceivedAt\n      }\n      referralsExpiring {\n        referralId\n        code\n        holderName\n        expiresOn\n        sessionsLeft\n      }\n      referralSessionsPerWeek {\n        weekOf\n        sessions\n      }\n    }\n  }\n": types.DashboardPageQueryDocument,
    "\n  query MessagePageQuery($id: ID!) {\n    message(id: $id) {\n      id\n      topic\n      template\n      status\n      attempts\n      lastError\n      createdAt\n      dueAt\n      sentAt\n      bookingReference\n      referralCode\n      email {\n        to\n        subject\n        text\n        html\n        invite\n        transport\n        messageId\n      }\n    }\n  }\n": types.MessagePageQueryDocument,
    "\n  query MessagesPageQuery($status: DeliveryStatus, $after: String) {\n    messages(status: $status, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          topic\n          template\n          status\n          attempts\n          createdAt\n          dueAt\n          sentAt\n          bookingReference\n          referralCode\n          email {\n            to\n            subject\n            transport\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.MessagesPageQueryDocument,
    "\n  query PartnerPageQuery {\n    partners {\n      id\n      name\n      origins\n      treatmentIds\n      keys {\n        id\n        kind\n        publishableKey\n        hint\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n    treatments {\n      id\n      name\n    }\n    embedding {\n      scriptUrl\n      apiUrl\n    }\n  }\n": types.PartnerPageQueryDocument,
    "\n  mutation UpdatePartnerMutation($id: ID!, $input: PartnerInput!) {\n    updatePartner(id: $id, input: $input) {\n      id\n      name\n      origins\n      treatmentIds\n    }\n  }\n": types.UpdatePartnerMutationDocument,
    "\n  mutation IssuePartnerKeyMutation($partnerId: ID!, $kind: PartnerKeyKind!) {\n    issuePartnerKey(partnerId: $partnerId, kind: $kind) {\n      token\n      key {\n        id\n      }\n    }\n  }\n": types.IssuePartnerKeyMutationDocument,
    "\n  mutation RevokePartnerKeyMutation($id: ID!) {\n    revokePartnerKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokePartnerKeyMutationDocument,
    "\n  query PartnersPageQuery {\n    partners {\n      id\n      name\n      origins\n      treatmentIds\n      keys {\n        id\n        kind\n        revokedAt\n      }\n    }\n    treatments {\n      id\n      name\n    }\n  }\n": types.PartnersPageQueryDocument,
    "\n  mutation CreatePartnerMutation($input: PartnerInput!) {\n    createPartner(input: $input) {\n      id\n    }\n  }\n": types.CreatePartnerMutationDocument,
    "\n  query WebhookDeliveriesQuery($partnerId: ID!, $status: DeliveryStatus, $after: String) {\n    webhookDeliveries(partnerId: $partnerId, status: $status, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          topic\n          status\n          attempts\n          responseCode\n          lastError\n          createdAt\n          dueAt\n          sentAt\n          endpointUrl\n          bookingReference\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.WebhookDeliveriesQueryDocument,
    "\n  mutation AddWebhookEndpointMutation($input: WebhookEndpointInput!) {\n    addWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n": types.AddWebhookEndpointMutationDocument,
    "\n  query WebhookEndpointsQuery($partnerId: ID!) {\n    webhookEndpoints(partnerId: $partnerId) {\n      id\n      url\n      topics\n      createdAt\n      previousSecretValidUntil\n    }\n  }\n": types.WebhookEndpointsQueryDocument,
    "\n  mutation RotateWebhookSecretMutation($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        previousSecretValidUntil\n      }\n    }\n  }\n": types.RotateWebhookSecretMutationDocument,
    "\n  mutation RemoveWebhookEndpointMutation($id: ID!) {\n    removeWebhookEndpoint(id: $id) {\n      id\n      active\n    }\n  }\n": types.RemoveWebhookEndpointMutationDocument,
    "\n  query PriceHistoryQuery {\n    priceHistory {\n      id\n      durationMinutes\n      price {\n        amountMinor\n        formatted\n      }\n      effectiveFrom\n      effectiveUntil\n      period\n      createdAt\n      createdBy\n    }\n  }\n": types.PriceHistoryQueryDocument,
    "\n  mutation SchedulePriceChangeMutation($durationMinutes: Int!, $amountMinor: Int!, $effectiveFrom: Date!) {\n    schedulePriceChange(durationMinutes: $durationMinutes, amountMinor: $amountMinor, effectiveFrom: $effectiveFrom) {\n      id\n    }\n  }\n": types.SchedulePriceChangeMutationDocument,
    "\n  mutation CancelPriceChangeMutation($id: ID!) {\n    cancelPriceChange(id: $id)\n  }\n": types.CancelPriceChangeMutationDocument,
    "\n  query ReferralTreatmentsQuery {\n    staffTreatments {\n      id\n      name\n      requiresReferral\n      active\n    }\n  }\n": types.ReferralTreatmentsQueryDocument,
    "\n  mutation EnterReferralMutation($input: ReferralInput!) {\n    enterReferral(input: $input) {\n      id\n    }\n  }\n": types.EnterReferralMutationDocument,
    "\n  mutation VerifyReferralMutation($id: ID!) {\n    verifyReferral(id: $id) {\n      id\n      status\n    }\n  }\n": types.VerifyReferralMutationDocument,
    "\n  mutation RejectReferralMutation($id: ID!, $reason: String!) {\n    rejectReferral(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RejectReferralMutationDocument,
    "\n  mutation AmendReferralMutation($id: ID!, $amendment: ReferralAmendment!) {\n    amendReferral(id: $id, amendment: $amendment) {\n      id\n      status\n      sessionsAuthorised\n      expiresOn\n    }\n  }\n": types.AmendReferralMutationDocument,
    "\n  query ReferralPageQuery($id: ID!) {\n    referral(id: $id) {\n      id\n      code\n      status\n      treatmentName\n      clientId\n      clientName\n      holderFamilyName\n      holderGivenNames\n      holderDateOfBirth\n      provider {\n        name\n        profession\n        registrationNumber\n        practice\n        contact\n      }\n      recommendedTechniques\n      sessionsAuthorised\n      sessionsUsed\n      sessionsLeft\n      issuedOn\n      expiresOn\n      submittedVia\n      partnerName\n      receivedAt\n      decidedAt\n      decidedByName\n      purgedAt\n      document {\n        contentType\n        byteSize\n        path\n      }\n      health {\n        conditions\n        diagnosis\n        diagnosisCode\n        precautions\n        providerNotes\n      }\n      uses {\n        id\n        reference\n        status\n        start\n        therapistName\n      }\n      changes {\n        id\n        action\n        reason\n        sessionsAuthorisedBefore\n        sessionsAuthorisedAfter\n        expiresOnBefore\n        expiresOnAfter\n        actorName\n        at\n      }\n    }\n  }\n": types.ReferralPageQueryDocument,
    "\n  query ReferralsPageQuery($filter: ReferralFilter, $order: ReferralOrder!, $after: String) {\n    referrals(filter: $filter, order: $order, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          code\n          status\n          holderFamilyName\n          holderGivenNames\n          clientName\n          provider {\n            name\n            profession\n          }\n          sessionsAuthorised\n          sessionsUsed\n          expiresOn\n          receivedAt\n          submittedVia\n          document {\n            contentType\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ReferralsPageQueryDocument,
    "\n  mutation SignInPageMutation($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n      role\n    }\n  }\n": types.SignInPageMutationDocument,
    "\n  query StaffPageQuery {\n    staffAccounts {\n      id\n      email\n      displayName\n      role\n      therapistId\n      active\n    }\n    therapists {\n      id\n      displayName\n    }\n  }\n": types.StaffPageQueryDocument,
    "\n  mutation CreateStaffMutation($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      id\n    }\n  }\n": types.CreateStaffMutationDocument,
    "\n  mutation ChangeStaffRoleMutation($id: ID!, $role: StaffRole!, $therapistId: ID) {\n    changeStaffRole(id: $id, role: $role, therapistId: $therapistId) {\n      id\n      role\n      therapistId\n    }\n  }\n": types.ChangeStaffRoleMutationDocument,
    "\n  mutation DeactivateStaffMutation($id: ID!) {\n    deactivateStaffAccount(id: $id) {\n      id\n      active\n    }\n  }\n": types.DeactivateStaffMutationDocument,
    "\n  mutation SetScheduleMutation($therapistId: ID!, $ranges: [WeeklyRangeInput!]!) {\n    setWeeklySchedule(therapistId: $therapistId, ranges: $ranges) {\n      id\n      weeklySchedule {\n        weekday\n        start\n        end\n      }\n    }\n  }\n": types.SetScheduleMutationDocument,
    "\n  query TherapistPageQuery($id: ID!) {\n    therapist(id: $id) {\n      id\n      ...TherapistProfileForm_therapist\n      active\n      weeklySchedule {\n        weekday\n        start\n        end\n      }\n      timeOff {\n        id\n        start\n        end\n        reason\n      }\n    }\n    bookingPolicy {\n      slotStepMinutes\n      horizonDays\n    }\n  }\n": types.TherapistPageQueryDocument,
    "\n  mutation UpdateTherapistMutation($id: ID!, $input: TherapistInput!) {\n    updateTherapist(id: $id, input: $input) {\n      id\n      ...TherapistProfileForm_therapist\n    }\n  }\n": types.UpdateTherapistMutationDocument,
    "\n  mutation SetTherapistActiveMutation($id: ID!, $active: Boolean!) {\n    setTherapistActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": types.SetTherapistActiveMutationDocument,
    "\n  mutation CreateTherapistMutation($input: TherapistInput!) {\n    createTherapist(input: $input) {\n      id\n    }\n  }\n": types.CreateTherapistMutationDocument,
    "\n  fragment TherapistProfileForm_therapist on Therapist {\n    displayName\n    bio\n    gender\n    techniques\n    medicalQualified\n    licenceNumber\n    licenceBody\n    licenceExpiresOn\n    timeZone\n    travelBufferMinutes\n    servicePostcodes\n  }\n": types.TherapistProfileForm_TherapistFragmentDoc,
    "\n  query TherapistsPageQuery($includeInactive: Boolean!) {\n    therapists(includeInactive: $includeInactive) {\n      id\n      displayName\n      active\n      medicalQualified\n      licenceExpiresOn\n      servicePostcodes\n    }\n  }\n": types.TherapistsPageQueryDocument,
    "\n  mutation AddTimeOffMutation($therapistId: ID!, $start: DateTime!, $end: DateTime!, $reason: String) {\n    addTimeOff(therapistId: $therapistId, start: $start, end: $end, reason: $reason) {\n      id\n      start\n      end\n      reason\n    }\n  }\n": types.AddTimeOffMutationDocument,
    "\n  mutation RemoveTimeOffMutation($id: ID!) {\n    removeTimeOff(id: $id)\n  }\n": types.RemoveTimeOffMutationDocument,
    "\n  query StaffTreatmentsQuery {\n    staffTreatments {\n      id\n      slug\n      name\n      description\n      requiresReferral\n      techniques\n      position\n      active\n    }\n  }\n": types.StaffTreatmentsQueryDocument,
    "\n  mutation CreateTreatmentMutation($input: TreatmentInput!) {\n    createTreatment(input: $input) {\n      id\n    }\n  }\n": types.CreateTreatmentMutationDocument,
    "\n  mutation UpdateTreatmentMutation($id: ID!, $input: TreatmentInput!) {\n    updateTreatment(id: $id, input: $input) {\n      id\n      slug\n      name\n      description\n      requiresReferral\n      techniques\n      position\n    }\n  }\n": types.UpdateTreatmentMutationDocument,
    "\n  mutation SetTreatmentActiveMutation($id: ID!, $active: Boolean!) {\n    setTreatmentActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": types.SetTreatmentActiveMutationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppShellQuery {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  query AppShellQuery {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorQuery {\n    bookingPolicy {\n      timeZone\n      locale\n      currency\n    }\n  }\n"): (typeof documents)["\n  query OperatorQuery {\n    bookingPolicy {\n      timeZone\n      locale\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutMutation {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOutMutation {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendDeliveryMutation($id: ID!) {\n    resendDelivery(id: $id) {\n      id\n      status\n      attempts\n      lastError\n      responseCode\n      dueAt\n      sentAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResendDeliveryMutation($id: ID!) {\n    resendDelivery(id: $id) {\n      id\n      status\n      attempts\n      lastError\n      responseCode\n      dueAt\n      sentAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPageQuery {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  query AccountPageQuery {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPageQuery($filter: HealthAuditFilter, $after: String) {\n    healthAudit(filter: $filter, first: 50, after: $after) {\n      entries {\n        id\n        at\n        actorId\n        actorName\n        actorRole\n        action\n        recordType\n        recordId\n        fields\n        requestId\n      }\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  query AuditPageQuery($filter: HealthAuditFilter, $after: String) {\n    healthAudit(filter: $filter, first: 50, after: $after) {\n      entries {\n        id\n        at\n        actorId\n        actorName\n        actorRole\n        action\n        recordType\n        recordId\n        fields\n        requestId\n      }\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingActions_booking on StaffBooking {\n    id\n    reference\n    status\n    start\n    freeChangeUntil\n    referral {\n      code\n    }\n    therapist {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment BookingActions_booking on StaffBooking {\n    id\n    reference\n    status\n    start\n    freeChangeUntil\n    referral {\n      code\n    }\n    therapist {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBookingMutation($id: ID!, $reason: String!) {\n    staffCancelBooking(id: $id, reason: $reason) {\n      id\n      ...BookingDetails_booking\n      ...BookingActions_booking\n    }\n  }\n"): (typeof documents)["\n  mutation CancelBookingMutation($id: ID!, $reason: String!) {\n    staffCancelBooking(id: $id, reason: $reason) {\n      id\n      ...BookingDetails_booking\n      ...BookingActions_booking\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordOutcomeMutation($id: ID!, $outcome: BookingOutcome!) {\n    recordBookingOutcome(id: $id, outcome: $outcome) {\n      id\n      ...BookingDetails_booking\n      ...BookingActions_booking\n    }\n  }\n"): (typeof documents)["\n  mutation RecordOutcomeMutation($id: ID!, $outcome: BookingOutcome!) {\n    recordBookingOutcome(id: $id, outcome: $outcome) {\n      id\n      ...BookingDetails_booking\n      ...BookingActions_booking\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReassignOptionsQuery($id: ID!) {\n    reassignmentOptions(id: $id) {\n      id\n      displayName\n      gender\n      medicalQualified\n    }\n  }\n"): (typeof documents)["\n  query ReassignOptionsQuery($id: ID!) {\n    reassignmentOptions(id: $id) {\n      id\n      displayName\n      gender\n      medicalQualified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignBookingMutation($id: ID!, $therapistId: ID!) {\n    reassignBooking(id: $id, therapistId: $therapistId) {\n      id\n      ...BookingDetails_booking\n      ...BookingActions_booking\n    }\n  }\n"): (typeof documents)["\n  mutation ReassignBookingMutation($id: ID!, $therapistId: ID!) {\n    reassignBooking(id: $id, therapistId: $therapistId) {\n      id\n      ...BookingDetails_booking\n      ...BookingActions_booking\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingDetails_booking on StaffBooking {\n    id\n    reference\n    status\n    start\n    end\n    durationMinutes\n    bufferMinutes\n    price {\n      formatted\n    }\n    treatment {\n      id\n      name\n    }\n    therapist {\n      id\n      displayName\n    }\n    client {\n      id\n      name\n      email\n      phone\n    }\n    address {\n      line1\n      line2\n      suburb\n      state\n      postcode\n      country\n    }\n    partner {\n      id\n      name\n    }\n    referral {\n      code\n      status\n      sessionsAuthorised\n      sessionsUsed\n    }\n    bookedAt\n    freeChangeUntil\n    cancelledAt\n    cancelReason\n  }\n"): (typeof documents)["\n  fragment BookingDetails_booking on StaffBooking {\n    id\n    reference\n    status\n    start\n    end\n    durationMinutes\n    bufferMinutes\n    price {\n      formatted\n    }\n    treatment {\n      id\n      name\n    }\n    therapist {\n      id\n      displayName\n    }\n    client {\n      id\n      name\n      email\n      phone\n    }\n    address {\n      line1\n      line2\n      suburb\n      state\n      postcode\n      country\n    }\n    partner {\n      id\n      name\n    }\n    referral {\n      code\n      status\n      sessionsAuthorised\n      sessionsUsed\n    }\n    bookedAt\n    freeChangeUntil\n    cancelledAt\n    cancelReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingPageQuery($id: ID!) {\n    staffBooking(id: $id) {\n      id\n      ...BookingDetails_booking\n      ...BookingActions_booking\n      ...CareNotes_booking\n    }\n  }\n"): (typeof documents)["\n  query BookingPageQuery($id: ID!) {\n    staffBooking(id: $id) {\n      id\n      ...BookingDetails_booking\n      ...BookingActions_booking\n      ...CareNotes_booking\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingTable_booking on StaffBooking {\n    id\n    reference\n    status\n    start\n    durationMinutes\n    price {\n      formatted\n    }\n    treatment {\n      id\n      name\n    }\n    therapist {\n      id\n      displayName\n    }\n    client {\n      name\n    }\n    partner {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment BookingTable_booking on StaffBooking {\n    id\n    reference\n    status\n    start\n    durationMinutes\n    price {\n      formatted\n    }\n    treatment {\n      id\n      name\n    }\n    therapist {\n      id\n      displayName\n    }\n    client {\n      name\n    }\n    partner {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingsPageQuery($filter: StaffBookingFilter, $order: StaffBookingOrder, $after: String) {\n    staffBookings(filter: $filter, order: $order, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          ...BookingTable_booking\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query BookingsPageQuery($filter: StaffBookingFilter, $order: StaffBookingOrder, $after: String) {\n    staffBookings(filter: $filter, order: $order, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          ...BookingTable_booking\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingTreatmentsQuery {\n    treatments {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query BookingTreatmentsQuery {\n    treatments {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingTherapistsQuery {\n    therapists {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query BookingTherapistsQuery {\n    therapists {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingPartnersQuery {\n    partners {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query BookingPartnersQuery {\n    partners {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CareNotes_booking on StaffBooking {\n    referral {\n      code\n    }\n    careNotes {\n      precautions\n      intakeNotes\n    }\n  }\n"): (typeof documents)["\n  fragment CareNotes_booking on StaffBooking {\n    referral {\n      code\n    }\n    careNotes {\n      precautions\n      intakeNotes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarPageQuery($from: Date!, $to: Date!) {\n    staffCalendar(from: $from, to: $to) {\n      therapist {\n        id\n        displayName\n      }\n      ...CalendarColumn_column\n    }\n  }\n"): (typeof documents)["\n  query CalendarPageQuery($from: Date!, $to: Date!) {\n    staffCalendar(from: $from, to: $to) {\n      therapist {\n        id\n        displayName\n      }\n      ...CalendarColumn_column\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarColumn_column on CalendarColumn {\n    therapist {\n      id\n      displayName\n    }\n    workingHours {\n      start\n      end\n    }\n    timeOff {\n      start\n      end\n    }\n    bookings {\n      id\n      reference\n      status\n      start\n      end\n      bufferMinutes\n      client {\n        name\n      }\n      treatment {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CalendarColumn_column on CalendarColumn {\n    therapist {\n      id\n      displayName\n    }\n    workingHours {\n      start\n      end\n    }\n    timeOff {\n      start\n      end\n    }\n    bookings {\n      id\n      reference\n      status\n      start\n      end\n      bufferMinutes\n      client {\n        name\n      }\n      treatment {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogPageQuery {\n    treatments {\n      ...TreatmentTable_treatment\n    }\n    priceTiers {\n      ...PriceTierTable_priceTier\n    }\n  }\n"): (typeof documents)["\n  query CatalogPageQuery {\n    treatments {\n      ...TreatmentTable_treatment\n    }\n    priceTiers {\n      ...PriceTierTable_priceTier\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriceTierTable_priceTier on PriceTier {\n    id\n    durationMinutes\n    price {\n      formatted\n    }\n  }\n"): (typeof documents)["\n  fragment PriceTierTable_priceTier on PriceTier {\n    id\n    durationMinutes\n    price {\n      formatted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TreatmentTable_treatment on Treatment {\n    id\n    name\n    slug\n    requiresReferral\n    techniques\n  }\n"): (typeof documents)["\n  fragment TreatmentTable_treatment on Treatment {\n    id\n    name\n    slug\n    requiresReferral\n    techniques\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientPageQuery($id: ID!) {\n    client(id: $id) {\n      id\n      name\n      email\n      phone\n    }\n    referrals(filter: { clientId: $id }, first: 100) {\n      edges {\n        node {\n          id\n          code\n          status\n          sessionsAuthorised\n          sessionsUsed\n          expiresOn\n          provider {\n            name\n          }\n        }\n      }\n    }\n    staffBookings(filter: { clientId: $id }, order: START_DESC, first: 100) {\n      edges {\n        node {\n          id\n          ...BookingTable_booking\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientPageQuery($id: ID!) {\n    client(id: $id) {\n      id\n      name\n      email\n      phone\n    }\n    referrals(filter: { clientId: $id }, first: 100) {\n      edges {\n        node {\n          id\n          code\n          status\n          sessionsAuthorised\n          sessionsUsed\n          expiresOn\n          provider {\n            name\n          }\n        }\n      }\n    }\n    staffBookings(filter: { clientId: $id }, order: START_DESC, first: 100) {\n      edges {\n        node {\n          id\n          ...BookingTable_booking\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClientMutation($id: ID!, $client: ClientInput!) {\n    updateClientContact(id: $id, client: $client) {\n      id\n      name\n      email\n      phone\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateClientMutation($id: ID!, $client: ClientInput!) {\n    updateClientContact(id: $id, client: $client) {\n      id\n      name\n      email\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientsPageQuery($search: String, $after: String) {\n    clients(search: $search, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          name\n          email\n          phone\n          bookingCount\n          lastBookingStart\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientsPageQuery($search: String, $after: String) {\n    clients(search: $search, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          name\n          email\n          phone\n          bookingCount\n          lastBookingStart\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPageQuery {\n    dashboard {\n      today\n      bookingsPerDay {\n        date\n        booked\n        cancelled\n        noShow\n      }\n      revenueByLength {\n        label\n        sessions\n        revenue {\n          amountMinor\n          currency\n          formatted\n        }\n      }\n      revenueByChannel {\n        label\n        sessions\n        revenue {\n          amountMinor\n          currency\n          formatted\n        }\n      }\n      outcomes {\n        bookings\n        cancelled\n        noShow\n      }\n      utilisation {\n        therapistId\n        displayName\n        bookedHours\n        scheduledHours\n      }\n      licencesDue {\n        therapistId\n        displayName\n        expiresOn\n      }\n      referralsWaiting {\n        count\n        oldestReceivedAt\n      }\n      referralsExpiring {\n        referralId\n        code\n        holderName\n        expiresOn\n        sessionsLeft\n      }\n      referralSessionsPerWeek {\n        weekOf\n        sessions\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardPageQuery {\n    dashboard {\n      today\n      bookingsPerDay {\n        date\n        booked\n        cancelled\n        noShow\n      }\n      revenueByLength {\n        label\n        sessions\n        revenue {\n          amountMinor\n          currency\n          formatted\n        }\n      }\n      revenueByChannel {\n        label\n        sessions\n        revenue {\n          amountMinor\n          currency\n          formatted\n        }\n      }\n      outcomes {\n        bookings\n        cancelled\n        noShow\n      }\n      utilisation {\n        therapistId\n        displayName\n        bookedHours\n        scheduledHours\n      }\n      licencesDue {\n        therapistId\n        displayName\n        expiresOn\n      }\n      referralsWaiting {\n        count\n        oldestReceivedAt\n      }\n      referralsExpiring {\n        referralId\n        code\n        holderName\n        expiresOn\n        sessionsLeft\n      }\n      referralSessionsPerWeek {\n        weekOf\n        sessions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessagePageQuery($id: ID!) {\n    message(id: $id) {\n      id\n      topic\n      template\n      status\n      attempts\n      lastError\n      createdAt\n      dueAt\n      sentAt\n      bookingReference\n      referralCode\n      email {\n        to\n        subject\n        text\n        html\n        invite\n        transport\n        messageId\n      }\n    }\n  }\n"): (typeof documents)["\n  query MessagePageQuery($id: ID!) {\n    message(id: $id) {\n      id\n      topic\n      template\n      status\n      attempts\n      lastError\n      createdAt\n      dueAt\n      sentAt\n      bookingReference\n      referralCode\n      email {\n        to\n        subject\n        text\n        html\n        invite\n        transport\n        messageId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessagesPageQuery($status: DeliveryStatus, $after: String) {\n    messages(status: $status, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          topic\n          template\n          status\n          attempts\n          createdAt\n          dueAt\n          sentAt\n          bookingReference\n          referralCode\n          email {\n            to\n            subject\n            transport\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MessagesPageQuery($status: DeliveryStatus, $after: String) {\n    messages(status: $status, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          topic\n          template\n          status\n          attempts\n          createdAt\n          dueAt\n          sentAt\n          bookingReference\n          referralCode\n          email {\n            to\n            subject\n            transport\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerPageQuery {\n    partners {\n      id\n      name\n      origins\n      treatmentIds\n      keys {\n        id\n        kind\n        publishableKey\n        hint\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n    treatments {\n      id\n      name\n    }\n    embedding {\n      scriptUrl\n      apiUrl\n    }\n  }\n"): (typeof documents)["\n  query PartnerPageQuery {\n    partners {\n      id\n      name\n      origins\n      treatmentIds\n      keys {\n        id\n        kind\n        publishableKey\n        hint\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n    treatments {\n      id\n      name\n    }\n    embedding {\n      scriptUrl\n      apiUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartnerMutation($id: ID!, $input: PartnerInput!) {\n    updatePartner(id: $id, input: $input) {\n      id\n      name\n      origins\n      treatmentIds\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePartnerMutation($id: ID!, $input: PartnerInput!) {\n    updatePartner(id: $id, input: $input) {\n      id\n      name\n      origins\n      treatmentIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuePartnerKeyMutation($partnerId: ID!, $kind: PartnerKeyKind!) {\n    issuePartnerKey(partnerId: $partnerId, kind: $kind) {\n      token\n      key {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IssuePartnerKeyMutation($partnerId: ID!, $kind: PartnerKeyKind!) {\n    issuePartnerKey(partnerId: $partnerId, kind: $kind) {\n      token\n      key {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokePartnerKeyMutation($id: ID!) {\n    revokePartnerKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokePartnerKeyMutation($id: ID!) {\n    revokePartnerKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersPageQuery {\n    partners {\n      id\n      name\n      origins\n      treatmentIds\n      keys {\n        id\n        kind\n        revokedAt\n      }\n    }\n    treatments {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PartnersPageQuery {\n    partners {\n      id\n      name\n      origins\n      treatmentIds\n      keys {\n        id\n        kind\n        revokedAt\n      }\n    }\n    treatments {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartnerMutation($input: PartnerInput!) {\n    createPartner(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartnerMutation($input: PartnerInput!) {\n    createPartner(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveriesQuery($partnerId: ID!, $status: DeliveryStatus, $after: String) {\n    webhookDeliveries(partnerId: $partnerId, status: $status, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          topic\n          status\n          attempts\n          responseCode\n          lastError\n          createdAt\n          dueAt\n          sentAt\n          endpointUrl\n          bookingReference\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveriesQuery($partnerId: ID!, $status: DeliveryStatus, $after: String) {\n    webhookDeliveries(partnerId: $partnerId, status: $status, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          topic\n          status\n          attempts\n          responseCode\n          lastError\n          createdAt\n          dueAt\n          sentAt\n          endpointUrl\n          bookingReference\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWebhookEndpointMutation($input: WebhookEndpointInput!) {\n    addWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddWebhookEndpointMutation($input: WebhookEndpointInput!) {\n    addWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpointsQuery($partnerId: ID!) {\n    webhookEndpoints(partnerId: $partnerId) {\n      id\n      url\n      topics\n      createdAt\n      previousSecretValidUntil\n    }\n  }\n"): (typeof documents)["\n  query WebhookEndpointsQuery($partnerId: ID!) {\n    webhookEndpoints(partnerId: $partnerId) {\n      id\n      url\n      topics\n      createdAt\n      previousSecretValidUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecretMutation($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        previousSecretValidUntil\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateWebhookSecretMutation($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        previousSecretValidUntil\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveWebhookEndpointMutation($id: ID!) {\n    removeWebhookEndpoint(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveWebhookEndpointMutation($id: ID!) {\n    removeWebhookEndpoint(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceHistoryQuery {\n    priceHistory {\n      id\n      durationMinutes\n      price {\n        amountMinor\n        formatted\n      }\n      effectiveFrom\n      effectiveUntil\n      period\n      createdAt\n      createdBy\n    }\n  }\n"): (typeof documents)["\n  query PriceHistoryQuery {\n    priceHistory {\n      id\n      durationMinutes\n      price {\n        amountMinor\n        formatted\n      }\n      effectiveFrom\n      effectiveUntil\n      period\n      createdAt\n      createdBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedulePriceChangeMutation($durationMinutes: Int!, $amountMinor: Int!, $effectiveFrom: Date!) {\n    schedulePriceChange(durationMinutes: $durationMinutes, amountMinor: $amountMinor, effectiveFrom: $effectiveFrom) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SchedulePriceChangeMutation($durationMinutes: Int!, $amountMinor: Int!, $effectiveFrom: Date!) {\n    schedulePriceChange(durationMinutes: $durationMinutes, amountMinor: $amountMinor, effectiveFrom: $effectiveFrom) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelPriceChangeMutation($id: ID!) {\n    cancelPriceChange(id: $id)\n  }\n"): (typeof documents)["\n  mutation CancelPriceChangeMutation($id: ID!) {\n    cancelPriceChange(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralTreatmentsQuery {\n    staffTreatments {\n      id\n      name\n      requiresReferral\n      active\n    }\n  }\n"): (typeof documents)["\n  query ReferralTreatmentsQuery {\n    staffTreatments {\n      id\n      name\n      requiresReferral\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterReferralMutation($input: ReferralInput!) {\n    enterReferral(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation EnterReferralMutation($input: ReferralInput!) {\n    enterReferral(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyReferralMutation($id: ID!) {\n    verifyReferral(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyReferralMutation($id: ID!) {\n    verifyReferral(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectReferralMutation($id: ID!, $reason: String!) {\n    rejectReferral(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RejectReferralMutation($id: ID!, $reason: String!) {\n    rejectReferral(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendReferralMutation($id: ID!, $amendment: ReferralAmendment!) {\n    amendReferral(id: $id, amendment: $amendment) {\n      id\n      status\n      sessionsAuthorised\n      expiresOn\n    }\n  }\n"): (typeof documents)["\n  mutation AmendReferralMutation($id: ID!, $amendment: ReferralAmendment!) {\n    amendReferral(id: $id, amendment: $amendment) {\n      id\n      status\n      sessionsAuthorised\n      expiresOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralPageQuery($id: ID!) {\n    referral(id: $id) {\n      id\n      code\n      status\n      treatmentName\n      clientId\n      clientName\n      holderFamilyName\n      holderGivenNames\n      holderDateOfBirth\n      provider {\n        name\n        profession\n        registrationNumber\n        practice\n        contact\n      }\n      recommendedTechniques\n      sessionsAuthorised\n      sessionsUsed\n      sessionsLeft\n      issuedOn\n      expiresOn\n      submittedVia\n      partnerName\n      receivedAt\n      decidedAt\n      decidedByName\n      purgedAt\n      document {\n        contentType\n        byteSize\n        path\n      }\n      health {\n        conditions\n        diagnosis\n        diagnosisCode\n        precautions\n        providerNotes\n      }\n      uses {\n        id\n        reference\n        status\n        start\n        therapistName\n      }\n      changes {\n        id\n        action\n        reason\n        sessionsAuthorisedBefore\n        sessionsAuthorisedAfter\n        expiresOnBefore\n        expiresOnAfter\n        actorName\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralPageQuery($id: ID!) {\n    referral(id: $id) {\n      id\n      code\n      status\n      treatmentName\n      clientId\n      clientName\n      holderFamilyName\n      holderGivenNames\n      holderDateOfBirth\n      provider {\n        name\n        profession\n        registrationNumber\n        practice\n        contact\n      }\n      recommendedTechniques\n      sessionsAuthorised\n      sessionsUsed\n      sessionsLeft\n      issuedOn\n      expiresOn\n      submittedVia\n      partnerName\n      receivedAt\n      decidedAt\n      decidedByName\n      purgedAt\n      document {\n        contentType\n        byteSize\n        path\n      }\n      health {\n        conditions\n        diagnosis\n        diagnosisCode\n        precautions\n        providerNotes\n      }\n      uses {\n        id\n        reference\n        status\n        start\n        therapistName\n      }\n      changes {\n        id\n        action\n        reason\n        sessionsAuthorisedBefore\n        sessionsAuthorisedAfter\n        expiresOnBefore\n        expiresOnAfter\n        actorName\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralsPageQuery($filter: ReferralFilter, $order: ReferralOrder!, $after: String) {\n    referrals(filter: $filter, order: $order, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          code\n          status\n          holderFamilyName\n          holderGivenNames\n          clientName\n          provider {\n            name\n            profession\n          }\n          sessionsAuthorised\n          sessionsUsed\n          expiresOn\n          receivedAt\n          submittedVia\n          document {\n            contentType\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralsPageQuery($filter: ReferralFilter, $order: ReferralOrder!, $after: String) {\n    referrals(filter: $filter, order: $order, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          code\n          status\n          holderFamilyName\n          holderGivenNames\n          clientName\n          provider {\n            name\n            profession\n          }\n          sessionsAuthorised\n          sessionsUsed\n          expiresOn\n          receivedAt\n          submittedVia\n          document {\n            contentType\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInPageMutation($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation SignInPageMutation($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffPageQuery {\n    staffAccounts {\n      id\n      email\n      displayName\n      role\n      therapistId\n      active\n    }\n    therapists {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query StaffPageQuery {\n    staffAccounts {\n      id\n      email\n      displayName\n      role\n      therapistId\n      active\n    }\n    therapists {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaffMutation($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStaffMutation($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeStaffRoleMutation($id: ID!, $role: StaffRole!, $therapistId: ID) {\n    changeStaffRole(id: $id, role: $role, therapistId: $therapistId) {\n      id\n      role\n      therapistId\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeStaffRoleMutation($id: ID!, $role: StaffRole!, $therapistId: ID) {\n    changeStaffRole(id: $id, role: $role, therapistId: $therapistId) {\n      id\n      role\n      therapistId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateStaffMutation($id: ID!) {\n    deactivateStaffAccount(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateStaffMutation($id: ID!) {\n    deactivateStaffAccount(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetScheduleMutation($therapistId: ID!, $ranges: [WeeklyRangeInput!]!) {\n    setWeeklySchedule(therapistId: $therapistId, ranges: $ranges) {\n      id\n      weeklySchedule {\n        weekday\n        start\n        end\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetScheduleMutation($therapistId: ID!, $ranges: [WeeklyRangeInput!]!) {\n    setWeeklySchedule(therapistId: $therapistId, ranges: $ranges) {\n      id\n      weeklySchedule {\n        weekday\n        start\n        end\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TherapistPageQuery($id: ID!) {\n    therapist(id: $id) {\n      id\n      ...TherapistProfileForm_therapist\n      active\n      weeklySchedule {\n        weekday\n        start\n        end\n      }\n      timeOff {\n        id\n        start\n        end\n        reason\n      }\n    }\n    bookingPolicy {\n      slotStepMinutes\n      horizonDays\n    }\n  }\n"): (typeof documents)["\n  query TherapistPageQuery($id: ID!) {\n    therapist(id: $id) {\n      id\n      ...TherapistProfileForm_therapist\n      active\n      weeklySchedule {\n        weekday\n        start\n        end\n      }\n      timeOff {\n        id\n        start\n        end\n        reason\n      }\n    }\n    bookingPolicy {\n      slotStepMinutes\n      horizonDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTherapistMutation($id: ID!, $input: TherapistInput!) {\n    updateTherapist(id: $id, input: $input) {\n      id\n      ...TherapistProfileForm_therapist\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTherapistMutation($id: ID!, $input: TherapistInput!) {\n    updateTherapist(id: $id, input: $input) {\n      id\n      ...TherapistProfileForm_therapist\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTherapistActiveMutation($id: ID!, $active: Boolean!) {\n    setTherapistActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SetTherapistActiveMutation($id: ID!, $active: Boolean!) {\n    setTherapistActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTherapistMutation($input: TherapistInput!) {\n    createTherapist(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTherapistMutation($input: TherapistInput!) {\n    createTherapist(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TherapistProfileForm_therapist on Therapist {\n    displayName\n    bio\n    gender\n    techniques\n    medicalQualified\n    licenceNumber\n    licenceBody\n    licenceExpiresOn\n    timeZone\n    travelBufferMinutes\n    servicePostcodes\n  }\n"): (typeof documents)["\n  fragment TherapistProfileForm_therapist on Therapist {\n    displayName\n    bio\n    gender\n    techniques\n    medicalQualified\n    licenceNumber\n    licenceBody\n    licenceExpiresOn\n    timeZone\n    travelBufferMinutes\n    servicePostcodes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TherapistsPageQuery($includeInactive: Boolean!) {\n    therapists(includeInactive: $includeInactive) {\n      id\n      displayName\n      active\n      medicalQualified\n      licenceExpiresOn\n      servicePostcodes\n    }\n  }\n"): (typeof documents)["\n  query TherapistsPageQuery($includeInactive: Boolean!) {\n    therapists(includeInactive: $includeInactive) {\n      id\n      displayName\n      active\n      medicalQualified\n      licenceExpiresOn\n      servicePostcodes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTimeOffMutation($therapistId: ID!, $start: DateTime!, $end: DateTime!, $reason: String) {\n    addTimeOff(therapistId: $therapistId, start: $start, end: $end, reason: $reason) {\n      id\n      start\n      end\n      reason\n    }\n  }\n"): (typeof documents)["\n  mutation AddTimeOffMutation($therapistId: ID!, $start: DateTime!, $end: DateTime!, $reason: String) {\n    addTimeOff(therapistId: $therapistId, start: $start, end: $end, reason: $reason) {\n      id\n      start\n      end\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTimeOffMutation($id: ID!) {\n    removeTimeOff(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveTimeOffMutation($id: ID!) {\n    removeTimeOff(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffTreatmentsQuery {\n    staffTreatments {\n      id\n      slug\n      name\n      description\n      requiresReferral\n      techniques\n      position\n      active\n    }\n  }\n"): (typeof documents)["\n  query StaffTreatmentsQuery {\n    staffTreatments {\n      id\n      slug\n      name\n      description\n      requiresReferral\n      techniques\n      position\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTreatmentMutation($input: TreatmentInput!) {\n    createTreatment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTreatmentMutation($input: TreatmentInput!) {\n    createTreatment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTreatmentMutation($id: ID!, $input: TreatmentInput!) {\n    updateTreatment(id: $id, input: $input) {\n      id\n      slug\n      name\n      description\n      requiresReferral\n      techniques\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTreatmentMutation($id: ID!, $input: TreatmentInput!) {\n    updateTreatment(id: $id, input: $input) {\n      id\n      slug\n      name\n      description\n      requiresReferral\n      techniques\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTreatmentActiveMutation($id: ID!, $active: Boolean!) {\n    setTreatmentActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SetTreatmentActiveMutation($id: ID!, $active: Boolean!) {\n    setTreatmentActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;