/**
 * @generated SignedSource<<a66309bb40b8eaf214e158e3913f3c41>>
 * @relayHash 058329cff3998521b904b6c7f2d75258
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID b7cdef2e5d856f4250467e0eb6ce8a6ad42e06ff4d3ad052057a74abc7a99bdc

import { ConcreteRequest } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type OutgoingMailStatus = "DEAD" | "PENDING" | "SENT" | "%future added value";
export type UserSalutation = "DIVERS" | "MR" | "MRS" | "%future added value";
export type UserSource = "ADMIN" | "API" | "WEB" | "%future added value";
export type UserStatus = "ACCOUNT_DATA" | "CONFIRMATION_PENDING" | "CONFIRMED" | "INVITED" | "%future added value";
export type OutgoingMailWhereInput = {
  and?: ReadonlyArray<OutgoingMailWhereInput> | null | undefined;
  attemptCount?: number | null | undefined;
  attemptCountGT?: number | null | undefined;
  attemptCountGTE?: number | null | undefined;
  attemptCountIn?: ReadonlyArray<number> | null | undefined;
  attemptCountLT?: number | null | undefined;
  attemptCountLTE?: number | null | undefined;
  attemptCountNEQ?: number | null | undefined;
  attemptCountNotIn?: ReadonlyArray<number> | null | undefined;
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: ReadonlyArray<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: ReadonlyArray<string> | null | undefined;
  hasUser?: boolean | null | undefined;
  hasUserWith?: ReadonlyArray<UserWhereInput> | null | undefined;
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: ReadonlyArray<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: ReadonlyArray<string> | null | undefined;
  lastError?: string | null | undefined;
  lastErrorContains?: string | null | undefined;
  lastErrorContainsFold?: string | null | undefined;
  lastErrorEqualFold?: string | null | undefined;
  lastErrorGT?: string | null | undefined;
  lastErrorGTE?: string | null | undefined;
  lastErrorHasPrefix?: string | null | undefined;
  lastErrorHasSuffix?: string | null | undefined;
  lastErrorIn?: ReadonlyArray<string> | null | undefined;
  lastErrorIsNil?: boolean | null | undefined;
  lastErrorLT?: string | null | undefined;
  lastErrorLTE?: string | null | undefined;
  lastErrorNEQ?: string | null | undefined;
  lastErrorNotIn?: ReadonlyArray<string> | null | undefined;
  lastErrorNotNil?: boolean | null | undefined;
  nextAttemptAt?: string | null | undefined;
  nextAttemptAtGT?: string | null | undefined;
  nextAttemptAtGTE?: string | null | undefined;
  nextAttemptAtIn?: ReadonlyArray<string> | null | undefined;
  nextAttemptAtLT?: string | null | undefined;
  nextAttemptAtLTE?: string | null | undefined;
  nextAttemptAtNEQ?: string | null | undefined;
  nextAttemptAtNotIn?: ReadonlyArray<string> | null | undefined;
  not?: OutgoingMailWhereInput | null | undefined;
  or?: ReadonlyArray<OutgoingMailWhereInput> | null | undefined;
  sentAt?: string | null | undefined;
  sentAtGT?: string | null | undefined;
  sentAtGTE?: string | null | undefined;
  sentAtIn?: ReadonlyArray<string> | null | undefined;
  sentAtIsNil?: boolean | null | undefined;
  sentAtLT?: string | null | undefined;
  sentAtLTE?: string | null | undefined;
  sentAtNEQ?: string | null | undefined;
  sentAtNotIn?: ReadonlyArray<string> | null | undefined;
  sentAtNotNil?: boolean | null | undefined;
  status?: OutgoingMailStatus | null | undefined;
  statusIn?: ReadonlyArray<OutgoingMailStatus> | null | undefined;
  statusNEQ?: OutgoingMailStatus | null | undefined;
  statusNotIn?: ReadonlyArray<OutgoingMailStatus> | null | undefined;
  subject?: string | null | undefined;
  subjectContains?: string | null | undefined;
  subjectContainsFold?: string | null | undefined;
  subjectEqualFold?: string | null | undefined;
  subjectGT?: string | null | undefined;
  subjectGTE?: string | null | undefined;
  subjectHasPrefix?: string | null | undefined;
  subjectHasSuffix?: string | null | undefined;
  subjectIn?: ReadonlyArray<string> | null | undefined;
  subjectLT?: string | null | undefined;
  subjectLTE?: string | null | undefined;
  subjectNEQ?: string | null | undefined;
  subjectNotIn?: ReadonlyArray<string> | null | undefined;
  template?: string | null | undefined;
  templateContains?: string | null | undefined;
  templateContainsFold?: string | null | undefined;
  templateEqualFold?: string | null | undefined;
  templateGT?: string | null | undefined;
  templateGTE?: string | null | undefined;
  templateHasPrefix?: string | null | undefined;
  templateHasSuffix?: string | null | undefined;
  templateIn?: ReadonlyArray<string> | null | undefined;
  templateLT?: string | null | undefined;
  templateLTE?: string | null | undefined;
  templateNEQ?: string | null | undefined;
  templateNotIn?: ReadonlyArray<string> | null | undefined;
  to?: string | null | undefined;
  toContains?: string | null | undefined;
  toContainsFold?: string | null | undefined;
  toEqualFold?: string | null | undefined;
  toGT?: string | null | undefined;
  toGTE?: string | null | undefined;
  toHasPrefix?: string | null | undefined;
  toHasSuffix?: string | null | undefined;
  toIn?: ReadonlyArray<string> | null | undefined;
  toLT?: string | null | undefined;
  toLTE?: string | null | undefined;
  toNEQ?: string | null | undefined;
  toNotIn?: ReadonlyArray<string> | null | undefined;
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: ReadonlyArray<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: ReadonlyArray<string> | null | undefined;
};
export type UserWhereInput = {
  addressAddition?: string | null | undefined;
  addressAdditionContains?: string | null | undefined;
  addressAdditionContainsFold?: string | null | undefined;
  addressAdditionEqualFold?: string | null | undefined;
  addressAdditionGT?: string | null | undefined;
  addressAdditionGTE?: string | null | undefined;
  addressAdditionHasPrefix?: string | null | undefined;
  addressAdditionHasSuffix?: string | null | undefined;
  addressAdditionIn?: ReadonlyArray<string> | null | undefined;
  addressAdditionIsNil?: boolean | null | undefined;
  addressAdditionLT?: string | null | undefined;
  addressAdditionLTE?: string | null | undefined;
  addressAdditionNEQ?: string | null | undefined;
  addressAdditionNotIn?: ReadonlyArray<string> | null | undefined;
  addressAdditionNotNil?: boolean | null | undefined;
  and?: ReadonlyArray<UserWhereInput> | null | undefined;
  birthday?: string | null | undefined;
  birthdayGT?: string | null | undefined;
  birthdayGTE?: string | null | undefined;
  birthdayIn?: ReadonlyArray<string> | null | undefined;
  birthdayIsNil?: boolean | null | undefined;
  birthdayLT?: string | null | undefined;
  birthdayLTE?: string | null | undefined;
  birthdayNEQ?: string | null | undefined;
  birthdayNotIn?: ReadonlyArray<string> | null | undefined;
  birthdayNotNil?: boolean | null | undefined;
  city?: string | null | undefined;
  cityContains?: string | null | undefined;
  cityContainsFold?: string | null | undefined;
  cityEqualFold?: string | null | undefined;
  cityGT?: string | null | undefined;
  cityGTE?: string | null | undefined;
  cityHasPrefix?: string | null | undefined;
  cityHasSuffix?: string | null | undefined;
  cityIn?: ReadonlyArray<string> | null | undefined;
  cityIsNil?: boolean | null | undefined;
  cityLT?: string | null | undefined;
  cityLTE?: string | null | undefined;
  cityNEQ?: string | null | undefined;
  cityNotIn?: ReadonlyArray<string> | null | undefined;
  cityNotNil?: boolean | null | undefined;
  company?: string | null | undefined;
  companyContains?: string | null | undefined;
  companyContainsFold?: string | null | undefined;
  companyEqualFold?: string | null | undefined;
  companyGT?: string | null | undefined;
  companyGTE?: string | null | undefined;
  companyHasPrefix?: string | null | undefined;
  companyHasSuffix?: string | null | undefined;
  companyIn?: ReadonlyArray<string> | null | undefined;
  companyIsNil?: boolean | null | undefined;
  companyLT?: string | null | undefined;
  companyLTE?: string | null | undefined;
  companyNEQ?: string | null | undefined;
  companyNotIn?: ReadonlyArray<string> | null | undefined;
  companyNotNil?: boolean | null | undefined;
  confirmationSentAt?: string | null | undefined;
  confirmationSentAtGT?: string | null | undefined;
  confirmationSentAtGTE?: string | null | undefined;
  confirmationSentAtIn?: ReadonlyArray<string> | null | undefined;
  confirmationSentAtIsNil?: boolean | null | undefined;
  confirmationSentAtLT?: string | null | undefined;
  confirmationSentAtLTE?: string | null | undefined;
  confirmationSentAtNEQ?: string | null | undefined;
  confirmationSentAtNotIn?: ReadonlyArray<string> | null | undefined;
  confirmationSentAtNotNil?: boolean | null | undefined;
  confirmedAt?: string | null | undefined;
  confirmedAtGT?: string | null | undefined;
  confirmedAtGTE?: string | null | undefined;
  confirmedAtIn?: ReadonlyArray<string> | null | undefined;
  confirmedAtIsNil?: boolean | null | undefined;
  confirmedAtLT?: string | null | undefined;
  confirmedAtLTE?: string | null | undefined;
  confirmedAtNEQ?: string | null | undefined;
  confirmedAtNotIn?: ReadonlyArray<string> | null | undefined;
  confirmedAtNotNil?: boolean | null | undefined;
  country?: string | null | undefined;
  countryContains?: string | null | undefined;
  countryContainsFold?: string | null | undefined;
  countryEqualFold?: string | null | undefined;
  countryGT?: string | null | undefined;
  countryGTE?: string | null | undefined;
  countryHasPrefix?: string | null | undefined;
  countryHasSuffix?: string | null | undefined;
  countryIn?: ReadonlyArray<string> | null | undefined;
  countryIsNil?: boolean | null | undefined;
  countryLT?: string | null | undefined;
  countryLTE?: string | null | undefined;
  countryNEQ?: string | null | undefined;
  countryNotIn?: ReadonlyArray<string> | null | undefined;
  countryNotNil?: boolean | null | undefined;
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: ReadonlyArray<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: ReadonlyArray<string> | null | undefined;
  currentSignInAt?: string | null | undefined;
  currentSignInAtGT?: string | null | undefined;
  currentSignInAtGTE?: string | null | undefined;
  currentSignInAtIn?: ReadonlyArray<string> | null | undefined;
  currentSignInAtIsNil?: boolean | null | undefined;
  currentSignInAtLT?: string | null | undefined;
  currentSignInAtLTE?: string | null | undefined;
  currentSignInAtNEQ?: string | null | undefined;
  currentSignInAtNotIn?: ReadonlyArray<string> | null | undefined;
  currentSignInAtNotNil?: boolean | null | undefined;
  email?: string | null | undefined;
  emailContains?: string | null | undefined;
  emailContainsFold?: string | null | undefined;
  emailEqualFold?: string | null | undefined;
  emailGT?: string | null | undefined;
  emailGTE?: string | null | undefined;
  emailHasPrefix?: string | null | undefined;
  emailHasSuffix?: string | null | undefined;
  emailIn?: ReadonlyArray<string> | null | undefined;
  emailLT?: string | null | undefined;
  emailLTE?: string | null | undefined;
  emailNEQ?: string | null | undefined;
  emailNotIn?: ReadonlyArray<string> | null | undefined;
  firstName?: string | null | undefined;
  firstNameContains?: string | null | undefined;
  firstNameContainsFold?: string | null | undefined;
  firstNameEqualFold?: string | null | undefined;
  firstNameGT?: string | null | undefined;
  firstNameGTE?: string | null | undefined;
  firstNameHasPrefix?: string | null | undefined;
  firstNameHasSuffix?: string | null | undefined;
  firstNameIn?: ReadonlyArray<string> | null | undefined;
  firstNameIsNil?: boolean | null | undefined;
  firstNameLT?: string | null | undefined;
  firstNameLTE?: string | null | undefined;
  firstNameNEQ?: string | null | undefined;
  firstNameNotIn?: ReadonlyArray<string> | null | undefined;
  firstNameNotNil?: boolean | null | undefined;
  hasCustomers?: boolean | null | undefined;
  hasCustomersWith?: ReadonlyArray<CustomerWhereInput> | null | undefined;
  hasEmailAliases?: boolean | null | undefined;
  hasEmailAliasesWith?: ReadonlyArray<EmailAliasWhereInput> | null | undefined;
  hasLockedUsers?: boolean | null | undefined;
  hasLockedUsersWith?: ReadonlyArray<UserWhereInput> | null | undefined;
  hasNewsletterSubscription?: boolean | null | undefined;
  hasNewsletterSubscriptionWith?: ReadonlyArray<NewsletterSubscriptionWhereInput> | null | undefined;
  hasOidcIdentities?: boolean | null | undefined;
  hasOidcIdentitiesWith?: ReadonlyArray<OIDCIdentityWhereInput> | null | undefined;
  hasRole?: boolean | null | undefined;
  hasRoleWith?: ReadonlyArray<RoleWhereInput> | null | undefined;
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: ReadonlyArray<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: ReadonlyArray<string> | null | undefined;
  invitationCreatedAt?: string | null | undefined;
  invitationCreatedAtGT?: string | null | undefined;
  invitationCreatedAtGTE?: string | null | undefined;
  invitationCreatedAtIn?: ReadonlyArray<string> | null | undefined;
  invitationCreatedAtIsNil?: boolean | null | undefined;
  invitationCreatedAtLT?: string | null | undefined;
  invitationCreatedAtLTE?: string | null | undefined;
  invitationCreatedAtNEQ?: string | null | undefined;
  invitationCreatedAtNotIn?: ReadonlyArray<string> | null | undefined;
  invitationCreatedAtNotNil?: boolean | null | undefined;
  invitationExpired?: boolean | null | undefined;
  invitationSentAt?: string | null | undefined;
  invitationSentAtGT?: string | null | undefined;
  invitationSentAtGTE?: string | null | undefined;
  invitationSentAtIn?: ReadonlyArray<string> | null | undefined;
  invitationSentAtIsNil?: boolean | null | undefined;
  invitationSentAtLT?: string | null | undefined;
  invitationSentAtLTE?: string | null | undefined;
  invitationSentAtNEQ?: string | null | undefined;
  invitationSentAtNotIn?: ReadonlyArray<string> | null | undefined;
  invitationSentAtNotNil?: boolean | null | undefined;
  lastActiveAt?: string | null | undefined;
  lastActiveAtGT?: string | null | undefined;
  lastActiveAtGTE?: string | null | undefined;
  lastActiveAtIn?: ReadonlyArray<string> | null | undefined;
  lastActiveAtIsNil?: boolean | null | undefined;
  lastActiveAtLT?: string | null | undefined;
  lastActiveAtLTE?: string | null | undefined;
  lastActiveAtNEQ?: string | null | undefined;
  lastActiveAtNotIn?: ReadonlyArray<string> | null | undefined;
  lastActiveAtNotNil?: boolean | null | undefined;
  lastConfirmedByAdminAt?: string | null | undefined;
  lastConfirmedByAdminAtGT?: string | null | undefined;
  lastConfirmedByAdminAtGTE?: string | null | undefined;
  lastConfirmedByAdminAtIn?: ReadonlyArray<string> | null | undefined;
  lastConfirmedByAdminAtIsNil?: boolean | null | undefined;
  lastConfirmedByAdminAtLT?: string | null | undefined;
  lastConfirmedByAdminAtLTE?: string | null | undefined;
  lastConfirmedByAdminAtNEQ?: string | null | undefined;
  lastConfirmedByAdminAtNotIn?: ReadonlyArray<string> | null | undefined;
  lastConfirmedByAdminAtNotNil?: boolean | null | undefined;
  lastName?: string | null | undefined;
  lastNameContains?: string | null | undefined;
  lastNameContainsFold?: string | null | undefined;
  lastNameEqualFold?: string | null | undefined;
  lastNameGT?: string | null | undefined;
  lastNameGTE?: string | null | undefined;
  lastNameHasPrefix?: string | null | undefined;
  lastNameHasSuffix?: string | null | undefined;
  lastNameIn?: ReadonlyArray<string> | null | undefined;
  lastNameIsNil?: boolean | null | undefined;
  lastNameLT?: string | null | undefined;
  lastNameLTE?: string | null | undefined;
  lastNameNEQ?: string | null | undefined;
  lastNameNotIn?: ReadonlyArray<string> | null | undefined;
  lastNameNotNil?: boolean | null | undefined;
  lastSignInAt?: string | null | undefined;
  lastSignInAtGT?: string | null | undefined;
  lastSignInAtGTE?: string | null | undefined;
  lastSignInAtIn?: ReadonlyArray<string> | null | undefined;
  lastSignInAtIsNil?: boolean | null | undefined;
  lastSignInAtLT?: string | null | undefined;
  lastSignInAtLTE?: string | null | undefined;
  lastSignInAtNEQ?: string | null | undefined;
  lastSignInAtNotIn?: ReadonlyArray<string> | null | undefined;
  lastSignInAtNotNil?: boolean | null | undefined;
  lockExpiresAt?: string | null | undefined;
  lockExpiresAtGT?: string | null | undefined;
  lockExpiresAtGTE?: string | null | undefined;
  lockExpiresAtIn?: ReadonlyArray<string> | null | undefined;
  lockExpiresAtIsNil?: boolean | null | undefined;
  lockExpiresAtLT?: string | null | undefined;
  lockExpiresAtLTE?: string | null | undefined;
  lockExpiresAtNEQ?: string | null | undefined;
  lockExpiresAtNotIn?: ReadonlyArray<string> | null | undefined;
  lockExpiresAtNotNil?: boolean | null | undefined;
  locked?: boolean | null | undefined;
  lockedAt?: string | null | undefined;
  lockedAtGT?: string | null | undefined;
  lockedAtGTE?: string | null | undefined;
  lockedAtIn?: ReadonlyArray<string> | null | undefined;
  lockedAtIsNil?: boolean | null | undefined;
  lockedAtLT?: string | null | undefined;
  lockedAtLTE?: string | null | undefined;
  lockedAtNEQ?: string | null | undefined;
  lockedAtNotIn?: ReadonlyArray<string> | null | undefined;
  lockedAtNotNil?: boolean | null | undefined;
  not?: UserWhereInput | null | undefined;
  or?: ReadonlyArray<UserWhereInput> | null | undefined;
  phone?: string | null | undefined;
  phoneContains?: string | null | undefined;
  phoneContainsFold?: string | null | undefined;
  phoneEqualFold?: string | null | undefined;
  phoneGT?: string | null | undefined;
  phoneGTE?: string | null | undefined;
  phoneHasPrefix?: string | null | undefined;
  phoneHasSuffix?: string | null | undefined;
  phoneIn?: ReadonlyArray<string> | null | undefined;
  phoneIsNil?: boolean | null | undefined;
  phoneLT?: string | null | undefined;
  phoneLTE?: string | null | undefined;
  phoneNEQ?: string | null | undefined;
  phoneNotIn?: ReadonlyArray<string> | null | undefined;
  phoneNotNil?: boolean | null | undefined;
  resetPasswordSentAt?: string | null | undefined;
  resetPasswordSentAtGT?: string | null | undefined;
  resetPasswordSentAtGTE?: string | null | undefined;
  resetPasswordSentAtIn?: ReadonlyArray<string> | null | undefined;
  resetPasswordSentAtIsNil?: boolean | null | undefined;
  resetPasswordSentAtLT?: string | null | undefined;
  resetPasswordSentAtLTE?: string | null | undefined;
  resetPasswordSentAtNEQ?: string | null | undefined;
  resetPasswordSentAtNotIn?: ReadonlyArray<string> | null | undefined;
  resetPasswordSentAtNotNil?: boolean | null | undefined;
  salutation?: UserSalutation | null | undefined;
  salutationIn?: ReadonlyArray<UserSalutation> | null | undefined;
  salutationIsNil?: boolean | null | undefined;
  salutationNEQ?: UserSalutation | null | undefined;
  salutationNotIn?: ReadonlyArray<UserSalutation> | null | undefined;
  salutationNotNil?: boolean | null | undefined;
  signInCount?: number | null | undefined;
  signInCountGT?: number | null | undefined;
  signInCountGTE?: number | null | undefined;
  signInCountIn?: ReadonlyArray<number> | null | undefined;
  signInCountLT?: number | null | undefined;
  signInCountLTE?: number | null | undefined;
  signInCountNEQ?: number | null | undefined;
  signInCountNotIn?: ReadonlyArray<number> | null | undefined;
  source?: UserSource | null | undefined;
  sourceIn?: ReadonlyArray<UserSource> | null | undefined;
  sourceNEQ?: UserSource | null | undefined;
  sourceNotIn?: ReadonlyArray<UserSource> | null | undefined;
  status?: UserStatus | null | undefined;
  statusIn?: ReadonlyArray<UserStatus> | null | undefined;
  street?: string | null | undefined;
  streetContains?: string | null | undefined;
  streetContainsFold?: string | null | undefined;
  streetEqualFold?: string | null | undefined;
  streetGT?: string | null | undefined;
  streetGTE?: string | null | undefined;
  streetHasPrefix?: string | null | undefined;
  streetHasSuffix?: string | null | undefined;
  streetIn?: ReadonlyArray<string> | null | undefined;
  streetIsNil?: boolean | null | undefined;
  streetLT?: string | null | undefined;
  streetLTE?: string | null | undefined;
  streetNEQ?: string | null | undefined;
  streetNotIn?: ReadonlyArray<string> | null | undefined;
  streetNotNil?: boolean | null | undefined;
  unconfirmedEmail?: string | null | undefined;
  unconfirmedEmailContains?: string | null | undefined;
  unconfirmedEmailContainsFold?: string | null | undefined;
  unconfirmedEmailEqualFold?: string | null | undefined;
  unconfirmedEmailGT?: string | null | undefined;
  unconfirmedEmailGTE?: string | null | undefined;
  unconfirmedEmailHasPrefix?: string | null | undefined;
  unconfirmedEmailHasSuffix?: string | null | undefined;
  unconfirmedEmailIn?: ReadonlyArray<string> | null | undefined;
  unconfirmedEmailIsNil?: boolean | null | undefined;
  unconfirmedEmailLT?: string | null | undefined;
  unconfirmedEmailLTE?: string | null | undefined;
  unconfirmedEmailNEQ?: string | null | undefined;
  unconfirmedEmailNotIn?: ReadonlyArray<string> | null | undefined;
  unconfirmedEmailNotNil?: boolean | null | undefined;
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: ReadonlyArray<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: ReadonlyArray<string> | null | undefined;
  zip?: string | null | undefined;
  zipContains?: string | null | undefined;
  zipContainsFold?: string | null | undefined;
  zipEqualFold?: string | null | undefined;
  zipGT?: string | null | undefined;
  zipGTE?: string | null | undefined;
  zipHasPrefix?: string | null | undefined;
  zipHasSuffix?: string | null | undefined;
  zipIn?: ReadonlyArray<string> | null | undefined;
  zipIsNil?: boolean | null | undefined;
  zipLT?: string | null | undefined;
  zipLTE?: string | null | undefined;
  zipNEQ?: string | null | undefined;
  zipNotIn?: ReadonlyArray<string> | null | undefined;
  zipNotNil?: boolean | null | undefined;
};
export type RoleWhereInput = {
  and?: ReadonlyArray<RoleWhereInput> | null | undefined;
  builtin?: boolean | null | undefined;
  builtinNEQ?: boolean | null | undefined;
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: ReadonlyArray<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: ReadonlyArray<string> | null | undefined;
  description?: string | null | undefined;
  descriptionContains?: string | null | undefined;
  descriptionContainsFold?: string | null | undefined;
  descriptionEqualFold?: string | null | undefined;
  descriptionGT?: string | null | undefined;
  descriptionGTE?: string | null | undefined;
  descriptionHasPrefix?: string | null | undefined;
  descriptionHasSuffix?: string | null | undefined;
  descriptionIn?: ReadonlyArray<string> | null | undefined;
  descriptionIsNil?: boolean | null | undefined;
  descriptionLT?: string | null | undefined;
  descriptionLTE?: string | null | undefined;
  descriptionNEQ?: string | null | undefined;
  descriptionNotIn?: ReadonlyArray<string> | null | undefined;
  descriptionNotNil?: boolean | null | undefined;
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: ReadonlyArray<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: ReadonlyArray<string> | null | undefined;
  name?: string | null | undefined;
  nameContains?: string | null | undefined;
  nameContainsFold?: string | null | undefined;
  nameEqualFold?: string | null | undefined;
  nameGT?: string | null | undefined;
  nameGTE?: string | null | undefined;
  nameHasPrefix?: string | null | undefined;
  nameHasSuffix?: string | null | undefined;
  nameIn?: ReadonlyArray<string> | null | undefined;
  nameLT?: string | null | undefined;
  nameLTE?: string | null | undefined;
  nameNEQ?: string | null | undefined;
  nameNotIn?: ReadonlyArray<string> | null | undefined;
  not?: RoleWhereInput | null | undefined;
  or?: ReadonlyArray<RoleWhereInput> | null | undefined;
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: ReadonlyArray<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: ReadonlyArray<string> | null | undefined;
};
export type CustomerWhereInput = {
  and?: ReadonlyArray<CustomerWhereInput> | null | undefined;
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: ReadonlyArray<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: ReadonlyArray<string> | null | undefined;
  externalID?: string | null | undefined;
  externalIDContains?: string | null | undefined;
  externalIDContainsFold?: string | null | undefined;
  externalIDEqualFold?: string | null | undefined;
  externalIDGT?: string | null | undefined;
  externalIDGTE?: string | null | undefined;
  externalIDHasPrefix?: string | null | undefined;
  externalIDHasSuffix?: string | null | undefined;
  externalIDIn?: ReadonlyArray<string> | null | undefined;
  externalIDIsNil?: boolean | null | undefined;
  externalIDLT?: string | null | undefined;
  externalIDLTE?: string | null | undefined;
  externalIDNEQ?: string | null | undefined;
  externalIDNotIn?: ReadonlyArray<string> | null | undefined;
  externalIDNotNil?: boolean | null | undefined;
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: ReadonlyArray<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: ReadonlyArray<string> | null | undefined;
  name?: string | null | undefined;
  nameContains?: string | null | undefined;
  nameContainsFold?: string | null | undefined;
  nameEqualFold?: string | null | undefined;
  nameGT?: string | null | undefined;
  nameGTE?: string | null | undefined;
  nameHasPrefix?: string | null | undefined;
  nameHasSuffix?: string | null | undefined;
  nameIn?: ReadonlyArray<string> | null | undefined;
  nameLT?: string | null | undefined;
  nameLTE?: string | null | undefined;
  nameNEQ?: string | null | undefined;
  nameNotIn?: ReadonlyArray<string> | null | undefined;
  not?: CustomerWhereInput | null | undefined;
  or?: ReadonlyArray<CustomerWhereInput> | null | undefined;
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: ReadonlyArray<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: ReadonlyArray<string> | null | undefined;
};
export type EmailAliasWhereInput = {
  and?: ReadonlyArray<EmailAliasWhereInput> | null | undefined;
  confirmedAt?: string | null | undefined;
  confirmedAtGT?: string | null | undefined;
  confirmedAtGTE?: string | null | undefined;
  confirmedAtIn?: ReadonlyArray<string> | null | undefined;
  confirmedAtIsNil?: boolean | null | undefined;
  confirmedAtLT?: string | null | undefined;
  confirmedAtLTE?: string | null | undefined;
  confirmedAtNEQ?: string | null | undefined;
  confirmedAtNotIn?: ReadonlyArray<string> | null | undefined;
  confirmedAtNotNil?: boolean | null | undefined;
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: ReadonlyArray<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: ReadonlyArray<string> | null | undefined;
  email?: string | null | undefined;
  emailContains?: string | null | undefined;
  emailContainsFold?: string | null | undefined;
  emailEqualFold?: string | null | undefined;
  emailGT?: string | null | undefined;
  emailGTE?: string | null | undefined;
  emailHasPrefix?: string | null | undefined;
  emailHasSuffix?: string | null | undefined;
  emailIn?: ReadonlyArray<string> | null | undefined;
  emailLT?: string | null | undefined;
  emailLTE?: string | null | undefined;
  emailNEQ?: string | null | undefined;
  emailNotIn?: ReadonlyArray<string> | null | undefined;
  hasUser?: boolean | null | undefined;
  hasUserWith?: ReadonlyArray<UserWhereInput> | null | undefined;
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: ReadonlyArray<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: ReadonlyArray<string> | null | undefined;
  not?: EmailAliasWhereInput | null | undefined;
  or?: ReadonlyArray<EmailAliasWhereInput> | null | undefined;
};
export type OIDCIdentityWhereInput = {
  and?: ReadonlyArray<OIDCIdentityWhereInput> | null | undefined;
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: ReadonlyArray<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: ReadonlyArray<string> | null | undefined;
  email?: string | null | undefined;
  emailContains?: string | null | undefined;
  emailContainsFold?: string | null | undefined;
  emailEqualFold?: string | null | undefined;
  emailGT?: string | null | undefined;
  emailGTE?: string | null | undefined;
  emailHasPrefix?: string | null | undefined;
  emailHasSuffix?: string | null | undefined;
  emailIn?: ReadonlyArray<string> | null | undefined;
  emailIsNil?: boolean | null | undefined;
  emailLT?: string | null | undefined;
  emailLTE?: string | null | undefined;
  emailNEQ?: string | null | undefined;
  emailNotIn?: ReadonlyArray<string> | null | undefined;
  emailNotNil?: boolean | null | undefined;
  hasUser?: boolean | null | undefined;
  hasUserWith?: ReadonlyArray<UserWhereInput> | null | undefined;
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: ReadonlyArray<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: ReadonlyArray<string> | null | undefined;
  issuer?: string | null | undefined;
  issuerContains?: string | null | undefined;
  issuerContainsFold?: string | null | undefined;
  issuerEqualFold?: string | null | undefined;
  issuerGT?: string | null | undefined;
  issuerGTE?: string | null | undefined;
  issuerHasPrefix?: string | null | undefined;
  issuerHasSuffix?: string | null | undefined;
  issuerIn?: ReadonlyArray<string> | null | undefined;
  issuerLT?: string | null | undefined;
  issuerLTE?: string | null | undefined;
  issuerNEQ?: string | null | undefined;
  issuerNotIn?: ReadonlyArray<string> | null | undefined;
  lastUsedAt?: string | null | undefined;
  lastUsedAtGT?: string | null | undefined;
  lastUsedAtGTE?: string | null | undefined;
  lastUsedAtIn?: ReadonlyArray<string> | null | undefined;
  lastUsedAtIsNil?: boolean | null | undefined;
  lastUsedAtLT?: string | null | undefined;
  lastUsedAtLTE?: string | null | undefined;
  lastUsedAtNEQ?: string | null | undefined;
  lastUsedAtNotIn?: ReadonlyArray<string> | null | undefined;
  lastUsedAtNotNil?: boolean | null | undefined;
  not?: OIDCIdentityWhereInput | null | undefined;
  or?: ReadonlyArray<OIDCIdentityWhereInput> | null | undefined;
  subject?: string | null | undefined;
  subjectContains?: string | null | undefined;
  subjectContainsFold?: string | null | undefined;
  subjectEqualFold?: string | null | undefined;
  subjectGT?: string | null | undefined;
  subjectGTE?: string | null | undefined;
  subjectHasPrefix?: string | null | undefined;
  subjectHasSuffix?: string | null | undefined;
  subjectIn?: ReadonlyArray<string> | null | undefined;
  subjectLT?: string | null | undefined;
  subjectLTE?: string | null | undefined;
  subjectNEQ?: string | null | undefined;
  subjectNotIn?: ReadonlyArray<string> | null | undefined;
};
export type NewsletterSubscriptionWhereInput = {
  and?: ReadonlyArray<NewsletterSubscriptionWhereInput> | null | undefined;
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: ReadonlyArray<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: ReadonlyArray<string> | null | undefined;
  email?: string | null | undefined;
  emailContains?: string | null | undefined;
  emailContainsFold?: string | null | undefined;
  emailEqualFold?: string | null | undefined;
  emailGT?: string | null | undefined;
  emailGTE?: string | null | undefined;
  emailHasPrefix?: string | null | undefined;
  emailHasSuffix?: string | null | undefined;
  emailIn?: ReadonlyArray<string> | null | undefined;
  emailLT?: string | null | undefined;
  emailLTE?: string | null | undefined;
  emailNEQ?: string | null | undefined;
  emailNotIn?: ReadonlyArray<string> | null | undefined;
  hasUser?: boolean | null | undefined;
  hasUserWith?: ReadonlyArray<UserWhereInput> | null | undefined;
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: ReadonlyArray<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: ReadonlyArray<string> | null | undefined;
  not?: NewsletterSubscriptionWhereInput | null | undefined;
  or?: ReadonlyArray<NewsletterSubscriptionWhereInput> | null | undefined;
  subscribedAt?: string | null | undefined;
  subscribedAtGT?: string | null | undefined;
  subscribedAtGTE?: string | null | undefined;
  subscribedAtIn?: ReadonlyArray<string> | null | undefined;
  subscribedAtLT?: string | null | undefined;
  subscribedAtLTE?: string | null | undefined;
  subscribedAtNEQ?: string | null | undefined;
  subscribedAtNotIn?: ReadonlyArray<string> | null | undefined;
  unsubscribedAt?: string | null | undefined;
  unsubscribedAtGT?: string | null | undefined;
  unsubscribedAtGTE?: string | null | undefined;
  unsubscribedAtIn?: ReadonlyArray<string> | null | undefined;
  unsubscribedAtIsNil?: boolean | null | undefined;
  unsubscribedAtLT?: string | null | undefined;
  unsubscribedAtLTE?: string | null | undefined;
  unsubscribedAtNEQ?: string | null | undefined;
  unsubscribedAtNotIn?: ReadonlyArray<string> | null | undefined;
  unsubscribedAtNotNil?: boolean | null | undefined;
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: ReadonlyArray<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: ReadonlyArray<string> | null | undefined;
};
export type OutboxScreenQuery$variables = {
  where?: OutgoingMailWhereInput | null | undefined;
};
export type OutboxScreenQuery$data = {
  readonly " $fragmentSpreads": FragmentRefs<"OutboxScreen_query">;
};
export type OutboxScreenQuery = {
  response: OutboxScreenQuery$data;
  variables: OutboxScreenQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "where"
  }
],
v1 = {
  "kind": "Variable",
  "name": "where",
  "variableName": "where"
},
v2 = [
  {
    "kind": "Literal",
    "name": "first",
    "value": 25
  },
  {
    "kind": "Literal",
    "name": "orderBy",
    "value": {
      "direction": "DESC",
      "field": "CREATED_AT"
    }
  },
  (v1/*:: as any*/)
],
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "OutboxScreenQuery",
    "selections": [
      {
        "args": [
          (v1/*:: as any*/)
        ],
        "kind": "FragmentSpread",
        "name": "OutboxScreen_query"
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "OutboxScreenQuery",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": "OutgoingMailConnection",
        "kind": "LinkedField",
        "name": "outgoingMails",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "totalCount",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "totalCountIsCapped",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "OutgoingMailEdge",
            "kind": "LinkedField",
            "name": "edges",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "concreteType": "OutgoingMail",
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": [
                  (v3/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "template",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "to",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "subject",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "status",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "attemptCount",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "nextAttemptAt",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "lastError",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "sentAt",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "createdAt",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": "User",
                    "kind": "LinkedField",
                    "name": "user",
                    "plural": false,
                    "selections": [
                      (v3/*:: as any*/)
                    ],
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "__typename",
                    "storageKey": null
                  }
                ],
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "cursor",
                "storageKey": null
              }
            ],
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "PageInfo",
            "kind": "LinkedField",
            "name": "pageInfo",
            "plural": false,
            "selections": [
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "endCursor",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "hasNextPage",
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      },
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "filters": [
          "where"
        ],
        "handle": "connection",
        "key": "OutboxScreen_outgoingMails",
        "kind": "LinkedHandle",
        "name": "outgoingMails"
      }
    ]
  },
  "params": {
    "cacheID": "058329cff3998521b904b6c7f2d75258",
    "id": "b7cdef2e5d856f4250467e0eb6ce8a6ad42e06ff4d3ad052057a74abc7a99bdc",
    "metadata": {},
    "name": "OutboxScreenQuery",
    "operationKind": "query",
    "text": "query OutboxScreenQuery(\n  $where: OutgoingMailWhereInput\n) {\n  ...OutboxScreen_query_3FC4Qo\n}\n\nfragment OutboxScreen_query_3FC4Qo on Query {\n  outgoingMails(first: 25, where: $where, orderBy: {field: CREATED_AT, direction: DESC}) {\n    totalCount\n    totalCountIsCapped\n    edges {\n      node {\n        id\n        template\n        to\n        subject\n        status\n        attemptCount\n        nextAttemptAt\n        lastError\n        sentAt\n        createdAt\n        user {\n          id\n        }\n        __typename\n      }\n      cursor\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "17751a82c24d10579a1f185f0abc6e83";

export default node;
