import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{a as t,c as n,d as r,f as i,l as a,n as o,r as s,s as c,u as l}from"./console-r4Nmzg1r.js";import{a as u,i as d,n as f,r as p}from"./format-C_jl0jrM.js";import{n as m}from"./ProfileForm-DikiR363.js";import{a as h,n as g}from"./preload-helper-BfORXE8d.js";import{n as _,t as v}from"./Dialog-D4Tub4Fv.js";import{a as y,i as b,n as x,r as S,t as C}from"./Field-D6cd9lqZ.js";import{t as w}from"./SendEmailDialog-0XYLBrie.js";import{n as T,t as E}from"./download-BvmzmOSw.js";var D=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t={alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},n=[e,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],r={alias:null,args:null,kind:`ScalarField`,name:`confirmedAt`,storageKey:null};return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`UserProfile_user`,selections:[e,t,{alias:null,args:null,kind:`ScalarField`,name:`unconfirmedEmail`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`locked`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockReason`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockExpiresAt`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`lockedBy`,plural:!1,selections:[e,t],storageKey:null},{alias:null,args:null,concreteType:`Role`,kind:`LinkedField`,name:`role`,plural:!1,selections:n,storageKey:null},{alias:null,args:null,concreteType:`Customer`,kind:`LinkedField`,name:`customers`,plural:!0,selections:n,storageKey:null},{alias:null,args:null,concreteType:`EmailAlias`,kind:`LinkedField`,name:`emailAliases`,plural:!0,selections:[e,t,r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`blockedProfileFields`,storageKey:null},{alias:null,args:null,concreteType:`NewsletterSubscription`,kind:`LinkedField`,name:`newsletterSubscription`,plural:!1,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`subscribedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unsubscribedAt`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`source`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`updatedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`salutation`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`firstName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`birthday`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`company`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`street`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`addressAddition`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`city`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`zip`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`country`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`customAttributes`,storageKey:null},r,{alias:null,args:null,kind:`ScalarField`,name:`lastConfirmedByAdminAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`acceptInvitationReturnURL`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`confirmationSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`invitationCreatedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`invitationSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`resetPasswordSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`passwordChangedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`signInCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`currentSignInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastSignInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`currentSignInIP`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastSignInIP`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastActiveAt`,storageKey:null}],type:`User`,abstractKey:null}})();D.hash=`fa6cbb4863437e80f6997a4b340effae`;var O=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`id`}],t=[{kind:`Variable`,name:`id`,variableName:`id`}],n={alias:null,args:null,kind:`ScalarField`,name:`key`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`label`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`locked`,storageKey:null},c=[i,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],l={alias:null,args:null,kind:`ScalarField`,name:`confirmedAt`,storageKey:null},u={alias:null,args:null,kind:`ScalarField`,name:`blockedProfileFields`,storageKey:null},d={alias:null,args:null,kind:`ScalarField`,name:`firstName`,storageKey:null},f={alias:null,args:null,kind:`ScalarField`,name:`lastName`,storageKey:null},p={alias:null,args:null,kind:`ScalarField`,name:`invitationSentAt`,storageKey:null},m=[i];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UserProfileQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{fragment:{kind:`InlineFragment`,selections:[{args:null,kind:`FragmentSpread`,name:`UserProfile_user`}],type:`User`,abstractKey:null},kind:`AliasedInlineFragmentSpread`,name:`profile`},{fragment:{kind:`InlineFragment`,selections:[{args:null,kind:`FragmentSpread`,name:`UserActions_user`}],type:`User`,abstractKey:null},kind:`AliasedInlineFragmentSpread`,name:`actions`}],storageKey:null},{alias:null,args:null,concreteType:`AttributeDefinition`,kind:`LinkedField`,name:`attributeDefinitions`,plural:!0,selections:[n,r],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UserProfileQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null},i,{kind:`InlineFragment`,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`unconfirmedEmail`,storageKey:null},o,s,{alias:null,args:null,kind:`ScalarField`,name:`lockedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockReason`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockExpiresAt`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`lockedBy`,plural:!1,selections:[i,a],storageKey:null},{alias:null,args:null,concreteType:`Role`,kind:`LinkedField`,name:`role`,plural:!1,selections:c,storageKey:null},{alias:null,args:null,concreteType:`Customer`,kind:`LinkedField`,name:`customers`,plural:!0,selections:c,storageKey:null},{alias:null,args:null,concreteType:`EmailAlias`,kind:`LinkedField`,name:`emailAliases`,plural:!0,selections:[i,a,l],storageKey:null},u,{alias:null,args:null,concreteType:`NewsletterSubscription`,kind:`LinkedField`,name:`newsletterSubscription`,plural:!1,selections:[i,{alias:null,args:null,kind:`ScalarField`,name:`subscribedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unsubscribedAt`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`source`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`updatedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`salutation`,storageKey:null},d,f,{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`birthday`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`company`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`street`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`addressAddition`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`city`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`zip`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`country`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`customAttributes`,storageKey:null},l,{alias:null,args:null,kind:`ScalarField`,name:`lastConfirmedByAdminAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`acceptInvitationReturnURL`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`confirmationSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`invitationCreatedAt`,storageKey:null},p,{alias:null,args:null,kind:`ScalarField`,name:`resetPasswordSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`passwordChangedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`signInCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`currentSignInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastSignInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`currentSignInIP`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastSignInIP`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastActiveAt`,storageKey:null}],type:`User`,abstractKey:null},{kind:`InlineFragment`,selections:[a,d,f,o,s,l,p,{alias:null,args:null,concreteType:`Role`,kind:`LinkedField`,name:`role`,plural:!1,selections:m,storageKey:null},{alias:null,args:null,concreteType:`Customer`,kind:`LinkedField`,name:`customers`,plural:!0,selections:m,storageKey:null},u,{alias:null,args:null,concreteType:`EmailAlias`,kind:`LinkedField`,name:`emailAliases`,plural:!0,selections:[a,l,i],storageKey:null}],type:`User`,abstractKey:null}],storageKey:null},{alias:null,args:null,concreteType:`AttributeDefinition`,kind:`LinkedField`,name:`attributeDefinitions`,plural:!0,selections:[n,r,i],storageKey:null}]},params:{cacheID:`a01ea189830a14885fc66f505f1ecc55`,id:`cffefb87e2cc9346dd368a7c9852df98e6d84cbbc79b754d5ee5104b382ad4be`,metadata:{},name:`UserProfileQuery`,operationKind:`query`,text:`query UserProfileQuery(
  $id: ID!
) {
  node(id: $id) {
    __typename
    ...UserProfile_user
    ...UserActions_user
    id
  }
  attributeDefinitions {
    key
    label
    id
  }
}

fragment BlockFieldsDialog_user on User {
  id
  blockedProfileFields
}

fragment ChangeEmailDialog_user on User {
  id
  email
}

fragment RestrictionsDialog_user on User {
  id
  role {
    id
  }
  customers {
    id
  }
}

fragment SendEmailDialog_user on User {
  id
  email
  emailAliases {
    email
    confirmedAt
    id
  }
}

fragment UserActions_user on User {
  id
  email
  firstName
  lastName
  status
  locked
  confirmedAt
  invitationSentAt
  ...ChangeEmailDialog_user
  ...RestrictionsDialog_user
  ...BlockFieldsDialog_user
  ...SendEmailDialog_user
}

fragment UserProfile_user on User {
  id
  email
  unconfirmedEmail
  status
  locked
  lockedAt
  lockReason
  lockExpiresAt
  lockedBy {
    id
    email
  }
  role {
    id
    name
  }
  customers {
    id
    name
  }
  emailAliases {
    id
    email
    confirmedAt
  }
  blockedProfileFields
  newsletterSubscription {
    id
    subscribedAt
    unsubscribedAt
  }
  source
  createdAt
  updatedAt
  salutation
  firstName
  lastName
  phone
  birthday
  company
  street
  addressAddition
  city
  zip
  country
  customAttributes
  confirmedAt
  lastConfirmedByAdminAt
  acceptInvitationReturnURL
  confirmationSentAt
  invitationCreatedAt
  invitationSentAt
  resetPasswordSentAt
  passwordChangedAt
  signInCount
  currentSignInAt
  lastSignInAt
  currentSignInIP
  lastSignInIP
  lastActiveAt
}
`}}})();O.hash=`71313c7ede47cec22e70d1df2f13ebe2`;var k=n(),A=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`PersonalDataExportPayload`,kind:`LinkedField`,name:`exportUser`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`document`,storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UserActionsExportMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UserActionsExportMutation`,selections:t},params:{cacheID:`319a3d7a28e25e7dc8d7a42fe63edf5b`,id:`664c1b36749a7ab266a49dace1edd4045816119309b59a9beea35325f8940512`,metadata:{},name:`UserActionsExportMutation`,operationKind:`mutation`,text:`mutation UserActionsExportMutation(
  $input: UserIDInput!
) {
  exportUser(input: $input) {
    document
  }
}
`}}})();A.hash=`cae1f3cc3ad946a7ee083b1c7d6e4dac`;var j=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,kind:`ScalarField`,name:`deletedID`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UserActionsDeleteMutation`,selections:[{alias:null,args:t,concreteType:`DeleteUserPayload`,kind:`LinkedField`,name:`deleteUser`,plural:!1,selections:[n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UserActionsDeleteMutation`,selections:[{alias:null,args:t,concreteType:`DeleteUserPayload`,kind:`LinkedField`,name:`deleteUser`,plural:!1,selections:[n,{alias:null,args:null,filters:null,handle:`deleteRecord`,key:``,kind:`ScalarHandle`,name:`deletedID`}],storageKey:null}]},params:{cacheID:`cd2910cba3606ea710d870411545e62a`,id:`f9a574ef434c668d46c41a056d1df516025e5ac02083ea39da9e0e5ff5a5f56b`,metadata:{},name:`UserActionsDeleteMutation`,operationKind:`mutation`,text:`mutation UserActionsDeleteMutation(
  $input: UserIDInput!
) {
  deleteUser(input: $input) {
    deletedID
  }
}
`}}})();j.hash=`343e55d6017accdcf515620a1d7cfe5f`;var M=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},i=[n,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],a={alias:null,args:null,kind:`ScalarField`,name:`confirmedAt`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UserActionsInviteMutation`,selections:[{alias:null,args:t,concreteType:`UserPayload`,kind:`LinkedField`,name:`resendInvitation`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`UserProfile_user`}],storageKey:null}],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UserActionsInviteMutation`,selections:[{alias:null,args:t,concreteType:`UserPayload`,kind:`LinkedField`,name:`resendInvitation`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[n,r,{alias:null,args:null,kind:`ScalarField`,name:`unconfirmedEmail`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`locked`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockReason`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockExpiresAt`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`lockedBy`,plural:!1,selections:[n,r],storageKey:null},{alias:null,args:null,concreteType:`Role`,kind:`LinkedField`,name:`role`,plural:!1,selections:i,storageKey:null},{alias:null,args:null,concreteType:`Customer`,kind:`LinkedField`,name:`customers`,plural:!0,selections:i,storageKey:null},{alias:null,args:null,concreteType:`EmailAlias`,kind:`LinkedField`,name:`emailAliases`,plural:!0,selections:[n,r,a],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`blockedProfileFields`,storageKey:null},{alias:null,args:null,concreteType:`NewsletterSubscription`,kind:`LinkedField`,name:`newsletterSubscription`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`subscribedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unsubscribedAt`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`source`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`updatedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`salutation`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`firstName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`birthday`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`company`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`street`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`addressAddition`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`city`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`zip`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`country`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`customAttributes`,storageKey:null},a,{alias:null,args:null,kind:`ScalarField`,name:`lastConfirmedByAdminAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`acceptInvitationReturnURL`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`confirmationSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`invitationCreatedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`invitationSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`resetPasswordSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`passwordChangedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`signInCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`currentSignInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastSignInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`currentSignInIP`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastSignInIP`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastActiveAt`,storageKey:null}],storageKey:null}],storageKey:null}]},params:{cacheID:`2eb821f981d626c2527005078eaef388`,id:`6888dee04e0b529281086b7b4c2150e83777af5a7a7b9ea4ec37a0bb146337d0`,metadata:{},name:`UserActionsInviteMutation`,operationKind:`mutation`,text:`mutation UserActionsInviteMutation(
  $input: UserIDInput!
) {
  resendInvitation(input: $input) {
    user {
      ...UserProfile_user
      id
    }
  }
}

fragment UserProfile_user on User {
  id
  email
  unconfirmedEmail
  status
  locked
  lockedAt
  lockReason
  lockExpiresAt
  lockedBy {
    id
    email
  }
  role {
    id
    name
  }
  customers {
    id
    name
  }
  emailAliases {
    id
    email
    confirmedAt
  }
  blockedProfileFields
  newsletterSubscription {
    id
    subscribedAt
    unsubscribedAt
  }
  source
  createdAt
  updatedAt
  salutation
  firstName
  lastName
  phone
  birthday
  company
  street
  addressAddition
  city
  zip
  country
  customAttributes
  confirmedAt
  lastConfirmedByAdminAt
  acceptInvitationReturnURL
  confirmationSentAt
  invitationCreatedAt
  invitationSentAt
  resetPasswordSentAt
  passwordChangedAt
  signInCount
  currentSignInAt
  lastSignInAt
  currentSignInIP
  lastSignInIP
  lastActiveAt
}
`}}})();M.hash=`92123ee94b153c4a49443929ea5e7568`;var N=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},i=[n,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],a={alias:null,args:null,kind:`ScalarField`,name:`confirmedAt`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UserActionsConfirmMutation`,selections:[{alias:null,args:t,concreteType:`UserPayload`,kind:`LinkedField`,name:`confirmUser`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`UserProfile_user`}],storageKey:null}],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UserActionsConfirmMutation`,selections:[{alias:null,args:t,concreteType:`UserPayload`,kind:`LinkedField`,name:`confirmUser`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[n,r,{alias:null,args:null,kind:`ScalarField`,name:`unconfirmedEmail`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`locked`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockReason`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockExpiresAt`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`lockedBy`,plural:!1,selections:[n,r],storageKey:null},{alias:null,args:null,concreteType:`Role`,kind:`LinkedField`,name:`role`,plural:!1,selections:i,storageKey:null},{alias:null,args:null,concreteType:`Customer`,kind:`LinkedField`,name:`customers`,plural:!0,selections:i,storageKey:null},{alias:null,args:null,concreteType:`EmailAlias`,kind:`LinkedField`,name:`emailAliases`,plural:!0,selections:[n,r,a],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`blockedProfileFields`,storageKey:null},{alias:null,args:null,concreteType:`NewsletterSubscription`,kind:`LinkedField`,name:`newsletterSubscription`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`subscribedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unsubscribedAt`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`source`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`updatedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`salutation`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`firstName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`birthday`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`company`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`street`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`addressAddition`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`city`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`zip`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`country`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`customAttributes`,storageKey:null},a,{alias:null,args:null,kind:`ScalarField`,name:`lastConfirmedByAdminAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`acceptInvitationReturnURL`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`confirmationSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`invitationCreatedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`invitationSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`resetPasswordSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`passwordChangedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`signInCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`currentSignInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastSignInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`currentSignInIP`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastSignInIP`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastActiveAt`,storageKey:null}],storageKey:null}],storageKey:null}]},params:{cacheID:`dfc3a38be0414e128ab908515853a918`,id:`8816d91a690a3331ad4ae904c8b397578741c47cd5441f79a6d093ee24be64d9`,metadata:{},name:`UserActionsConfirmMutation`,operationKind:`mutation`,text:`mutation UserActionsConfirmMutation(
  $input: UserIDInput!
) {
  confirmUser(input: $input) {
    user {
      ...UserProfile_user
      id
    }
  }
}

fragment UserProfile_user on User {
  id
  email
  unconfirmedEmail
  status
  locked
  lockedAt
  lockReason
  lockExpiresAt
  lockedBy {
    id
    email
  }
  role {
    id
    name
  }
  customers {
    id
    name
  }
  emailAliases {
    id
    email
    confirmedAt
  }
  blockedProfileFields
  newsletterSubscription {
    id
    subscribedAt
    unsubscribedAt
  }
  source
  createdAt
  updatedAt
  salutation
  firstName
  lastName
  phone
  birthday
  company
  street
  addressAddition
  city
  zip
  country
  customAttributes
  confirmedAt
  lastConfirmedByAdminAt
  acceptInvitationReturnURL
  confirmationSentAt
  invitationCreatedAt
  invitationSentAt
  resetPasswordSentAt
  passwordChangedAt
  signInCount
  currentSignInAt
  lastSignInAt
  currentSignInIP
  lastSignInIP
  lastActiveAt
}
`}}})();N.hash=`55ff68b0d7f2cf5e65efd5f567089049`;var P=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},i=[n,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],a={alias:null,args:null,kind:`ScalarField`,name:`confirmedAt`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UserActionsUnlockMutation`,selections:[{alias:null,args:t,concreteType:`UserPayload`,kind:`LinkedField`,name:`unlockUser`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`UserProfile_user`}],storageKey:null}],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UserActionsUnlockMutation`,selections:[{alias:null,args:t,concreteType:`UserPayload`,kind:`LinkedField`,name:`unlockUser`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[n,r,{alias:null,args:null,kind:`ScalarField`,name:`unconfirmedEmail`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`locked`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockReason`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockExpiresAt`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`lockedBy`,plural:!1,selections:[n,r],storageKey:null},{alias:null,args:null,concreteType:`Role`,kind:`LinkedField`,name:`role`,plural:!1,selections:i,storageKey:null},{alias:null,args:null,concreteType:`Customer`,kind:`LinkedField`,name:`customers`,plural:!0,selections:i,storageKey:null},{alias:null,args:null,concreteType:`EmailAlias`,kind:`LinkedField`,name:`emailAliases`,plural:!0,selections:[n,r,a],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`blockedProfileFields`,storageKey:null},{alias:null,args:null,concreteType:`NewsletterSubscription`,kind:`LinkedField`,name:`newsletterSubscription`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`subscribedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unsubscribedAt`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`source`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`updatedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`salutation`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`firstName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`birthday`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`company`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`street`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`addressAddition`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`city`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`zip`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`country`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`customAttributes`,storageKey:null},a,{alias:null,args:null,kind:`ScalarField`,name:`lastConfirmedByAdminAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`acceptInvitationReturnURL`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`confirmationSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`invitationCreatedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`invitationSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`resetPasswordSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`passwordChangedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`signInCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`currentSignInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastSignInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`currentSignInIP`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastSignInIP`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastActiveAt`,storageKey:null}],storageKey:null}],storageKey:null}]},params:{cacheID:`bf3359d602674120fb608133621cff2e`,id:`b544eabd681275304a6645290eb7f2dbb94566561d7de827964514858549e1a2`,metadata:{},name:`UserActionsUnlockMutation`,operationKind:`mutation`,text:`mutation UserActionsUnlockMutation(
  $input: UserIDInput!
) {
  unlockUser(input: $input) {
    user {
      ...UserProfile_user
      id
    }
  }
}

fragment UserProfile_user on User {
  id
  email
  unconfirmedEmail
  status
  locked
  lockedAt
  lockReason
  lockExpiresAt
  lockedBy {
    id
    email
  }
  role {
    id
    name
  }
  customers {
    id
    name
  }
  emailAliases {
    id
    email
    confirmedAt
  }
  blockedProfileFields
  newsletterSubscription {
    id
    subscribedAt
    unsubscribedAt
  }
  source
  createdAt
  updatedAt
  salutation
  firstName
  lastName
  phone
  birthday
  company
  street
  addressAddition
  city
  zip
  country
  customAttributes
  confirmedAt
  lastConfirmedByAdminAt
  acceptInvitationReturnURL
  confirmationSentAt
  invitationCreatedAt
  invitationSentAt
  resetPasswordSentAt
  passwordChangedAt
  signInCount
  currentSignInAt
  lastSignInAt
  currentSignInIP
  lastSignInIP
  lastActiveAt
}
`}}})();P.hash=`4e3af9aa4a23df693b22f3563f990064`;var F={argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`UserActions_user`,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`firstName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`locked`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`confirmedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`invitationSentAt`,storageKey:null},{args:null,kind:`FragmentSpread`,name:`ChangeEmailDialog_user`},{args:null,kind:`FragmentSpread`,name:`RestrictionsDialog_user`},{args:null,kind:`FragmentSpread`,name:`BlockFieldsDialog_user`},{args:null,kind:`FragmentSpread`,name:`SendEmailDialog_user`}],type:`User`,abstractKey:null};F.hash=`dab6597f3fa0ecfd386031d7f912ac3b`;var I=e(h(),1),L=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},i=[n,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],a={alias:null,args:null,kind:`ScalarField`,name:`confirmedAt`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`LockDialogMutation`,selections:[{alias:null,args:t,concreteType:`UserPayload`,kind:`LinkedField`,name:`lockUser`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`UserProfile_user`}],storageKey:null}],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`LockDialogMutation`,selections:[{alias:null,args:t,concreteType:`UserPayload`,kind:`LinkedField`,name:`lockUser`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[n,r,{alias:null,args:null,kind:`ScalarField`,name:`unconfirmedEmail`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`locked`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockReason`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockExpiresAt`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`lockedBy`,plural:!1,selections:[n,r],storageKey:null},{alias:null,args:null,concreteType:`Role`,kind:`LinkedField`,name:`role`,plural:!1,selections:i,storageKey:null},{alias:null,args:null,concreteType:`Customer`,kind:`LinkedField`,name:`customers`,plural:!0,selections:i,storageKey:null},{alias:null,args:null,concreteType:`EmailAlias`,kind:`LinkedField`,name:`emailAliases`,plural:!0,selections:[n,r,a],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`blockedProfileFields`,storageKey:null},{alias:null,args:null,concreteType:`NewsletterSubscription`,kind:`LinkedField`,name:`newsletterSubscription`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`subscribedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unsubscribedAt`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`source`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`updatedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`salutation`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`firstName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`birthday`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`company`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`street`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`addressAddition`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`city`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`zip`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`country`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`customAttributes`,storageKey:null},a,{alias:null,args:null,kind:`ScalarField`,name:`lastConfirmedByAdminAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`acceptInvitationReturnURL`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`confirmationSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`invitationCreatedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`invitationSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`resetPasswordSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`passwordChangedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`signInCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`currentSignInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastSignInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`currentSignInIP`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastSignInIP`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastActiveAt`,storageKey:null}],storageKey:null}],storageKey:null}]},params:{cacheID:`7fc054dc7499c70f03dbd458d9ee32d7`,id:`a272ebbef760ec1d3b6575cff928d1225a8a20016c697835638716e94f761297`,metadata:{},name:`LockDialogMutation`,operationKind:`mutation`,text:`mutation LockDialogMutation(
  $input: LockUserInput!
) {
  lockUser(input: $input) {
    user {
      ...UserProfile_user
      id
    }
  }
}

fragment UserProfile_user on User {
  id
  email
  unconfirmedEmail
  status
  locked
  lockedAt
  lockReason
  lockExpiresAt
  lockedBy {
    id
    email
  }
  role {
    id
    name
  }
  customers {
    id
    name
  }
  emailAliases {
    id
    email
    confirmedAt
  }
  blockedProfileFields
  newsletterSubscription {
    id
    subscribedAt
    unsubscribedAt
  }
  source
  createdAt
  updatedAt
  salutation
  firstName
  lastName
  phone
  birthday
  company
  street
  addressAddition
  city
  zip
  country
  customAttributes
  confirmedAt
  lastConfirmedByAdminAt
  acceptInvitationReturnURL
  confirmationSentAt
  invitationCreatedAt
  invitationSentAt
  resetPasswordSentAt
  passwordChangedAt
  signInCount
  currentSignInAt
  lastSignInAt
  currentSignInIP
  lastSignInIP
  lastActiveAt
}
`}}})();L.hash=`1bc72ad798dbd735a2b33566ac066aed`;var R=g();function ee({open:e,userId:t,name:n,onClose:r,onDone:i}){let[a,o]=(0,I.useState)(``),[s,l]=(0,I.useState)(``),[u,d]=(0,I.useState)({fields:{},general:[]}),[f,p]=(0,k.useMutation)(L),m=()=>{d({fields:{},general:[]}),r()};return(0,R.jsx)(_,{title:`Lock ${n}`,open:e,onClose:m,children:(0,R.jsxs)(`form`,{onSubmit:e=>{e.preventDefault(),f({variables:{input:{id:t,reason:a,expiresAt:s?new Date(s).toISOString():null}},onCompleted:()=>{o(``),l(``),i()},onError:e=>d(c(e))})},noValidate:!0,children:[(0,R.jsx)(`p`,{children:`A locked user is signed out at once and cannot sign in until unlocked.`}),(0,R.jsx)(x,{messages:u.general}),(0,R.jsx)(b,{label:`Reason`,required:!0,value:a,onChange:e=>o(e.target.value),error:u.fields.reason,rows:3}),(0,R.jsx)(y,{label:`Locked until (optional)`,type:`datetime-local`,value:s,onChange:e=>l(e.target.value),error:u.fields.expiresAt,hint:`Leave empty to lock until someone unlocks.`}),(0,R.jsxs)(`div`,{className:`actions`,children:[(0,R.jsx)(`button`,{type:`button`,onClick:m,children:`Cancel`}),(0,R.jsx)(`button`,{type:`submit`,className:`primary danger`,disabled:p,children:`Lock`})]})]})})}var z=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},i=[n,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],a={alias:null,args:null,kind:`ScalarField`,name:`confirmedAt`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ChangeEmailDialogMutation`,selections:[{alias:null,args:t,concreteType:`UserPayload`,kind:`LinkedField`,name:`changeUserEmail`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`UserProfile_user`}],storageKey:null}],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ChangeEmailDialogMutation`,selections:[{alias:null,args:t,concreteType:`UserPayload`,kind:`LinkedField`,name:`changeUserEmail`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[n,r,{alias:null,args:null,kind:`ScalarField`,name:`unconfirmedEmail`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`locked`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockReason`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockExpiresAt`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`lockedBy`,plural:!1,selections:[n,r],storageKey:null},{alias:null,args:null,concreteType:`Role`,kind:`LinkedField`,name:`role`,plural:!1,selections:i,storageKey:null},{alias:null,args:null,concreteType:`Customer`,kind:`LinkedField`,name:`customers`,plural:!0,selections:i,storageKey:null},{alias:null,args:null,concreteType:`EmailAlias`,kind:`LinkedField`,name:`emailAliases`,plural:!0,selections:[n,r,a],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`blockedProfileFields`,storageKey:null},{alias:null,args:null,concreteType:`NewsletterSubscription`,kind:`LinkedField`,name:`newsletterSubscription`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`subscribedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unsubscribedAt`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`source`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`updatedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`salutation`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`firstName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`birthday`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`company`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`street`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`addressAddition`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`city`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`zip`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`country`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`customAttributes`,storageKey:null},a,{alias:null,args:null,kind:`ScalarField`,name:`lastConfirmedByAdminAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`acceptInvitationReturnURL`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`confirmationSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`invitationCreatedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`invitationSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`resetPasswordSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`passwordChangedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`signInCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`currentSignInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastSignInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`currentSignInIP`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastSignInIP`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastActiveAt`,storageKey:null}],storageKey:null}],storageKey:null}]},params:{cacheID:`8c36965057ba62fff4864d335a811531`,id:`41293330a9f977c6576b347e991f718358c8d8d9d036c2c0189875ce294e207d`,metadata:{},name:`ChangeEmailDialogMutation`,operationKind:`mutation`,text:`mutation ChangeEmailDialogMutation(
  $input: ChangeUserEmailInput!
) {
  changeUserEmail(input: $input) {
    user {
      ...UserProfile_user
      id
    }
  }
}

fragment UserProfile_user on User {
  id
  email
  unconfirmedEmail
  status
  locked
  lockedAt
  lockReason
  lockExpiresAt
  lockedBy {
    id
    email
  }
  role {
    id
    name
  }
  customers {
    id
    name
  }
  emailAliases {
    id
    email
    confirmedAt
  }
  blockedProfileFields
  newsletterSubscription {
    id
    subscribedAt
    unsubscribedAt
  }
  source
  createdAt
  updatedAt
  salutation
  firstName
  lastName
  phone
  birthday
  company
  street
  addressAddition
  city
  zip
  country
  customAttributes
  confirmedAt
  lastConfirmedByAdminAt
  acceptInvitationReturnURL
  confirmationSentAt
  invitationCreatedAt
  invitationSentAt
  resetPasswordSentAt
  passwordChangedAt
  signInCount
  currentSignInAt
  lastSignInAt
  currentSignInIP
  lastSignInIP
  lastActiveAt
}
`}}})();z.hash=`585b862b278942278eeb766bb2acbc8a`;var B={argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`ChangeEmailDialog_user`,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null}],type:`User`,abstractKey:null};B.hash=`3880c40a619cfb7fefa92a4b5fca43a0`;function te({open:e,user:t,onClose:n,onDone:r}){let i=(0,k.useFragment)(B,t),[a,o]=(0,I.useState)(``),[s,l]=(0,I.useState)(!0),[u,d]=(0,I.useState)({fields:{},general:[]}),[f,p]=(0,k.useMutation)(z),m=()=>{d({fields:{},general:[]}),l(!0),n()};return(0,R.jsx)(_,{title:`Change email`,open:e,onClose:m,children:(0,R.jsxs)(`form`,{onSubmit:e=>{e.preventDefault(),f({variables:{input:{id:i.id,email:a,requireConfirmation:s}},onCompleted:()=>{o(``),l(!0),r(s?`A confirmation link went to ${a}; ${i.email} stays until it is followed.`:`The address is now ${a}.`)},onError:e=>d(c(e))})},noValidate:!0,children:[(0,R.jsxs)(`p`,{children:[`Current address: `,i.email]}),(0,R.jsx)(x,{messages:u.general}),(0,R.jsx)(y,{label:`New email`,type:`email`,required:!0,value:a,onChange:e=>o(e.target.value),error:u.fields.email}),(0,R.jsx)(C,{label:`The user confirms the new address`,checked:s,onChange:e=>l(e.target.checked),hint:`Without confirmation the address changes at once.`}),(0,R.jsxs)(`div`,{className:`actions`,children:[(0,R.jsx)(`button`,{type:`button`,onClick:m,children:`Cancel`}),(0,R.jsx)(`button`,{type:`submit`,className:`primary`,disabled:p,children:`Change email`})]})]})})}var V=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},i=[n,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],a={alias:null,args:null,kind:`ScalarField`,name:`confirmedAt`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`RestrictionsDialogMutation`,selections:[{alias:null,args:t,concreteType:`SetUserRestrictionsPayload`,kind:`LinkedField`,name:`setUserRestrictions`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`UserProfile_user`}],storageKey:null}],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`RestrictionsDialogMutation`,selections:[{alias:null,args:t,concreteType:`SetUserRestrictionsPayload`,kind:`LinkedField`,name:`setUserRestrictions`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[n,r,{alias:null,args:null,kind:`ScalarField`,name:`unconfirmedEmail`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`locked`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockReason`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockExpiresAt`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`lockedBy`,plural:!1,selections:[n,r],storageKey:null},{alias:null,args:null,concreteType:`Role`,kind:`LinkedField`,name:`role`,plural:!1,selections:i,storageKey:null},{alias:null,args:null,concreteType:`Customer`,kind:`LinkedField`,name:`customers`,plural:!0,selections:i,storageKey:null},{alias:null,args:null,concreteType:`EmailAlias`,kind:`LinkedField`,name:`emailAliases`,plural:!0,selections:[n,r,a],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`blockedProfileFields`,storageKey:null},{alias:null,args:null,concreteType:`NewsletterSubscription`,kind:`LinkedField`,name:`newsletterSubscription`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`subscribedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unsubscribedAt`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`source`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`updatedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`salutation`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`firstName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`birthday`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`company`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`street`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`addressAddition`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`city`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`zip`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`country`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`customAttributes`,storageKey:null},a,{alias:null,args:null,kind:`ScalarField`,name:`lastConfirmedByAdminAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`acceptInvitationReturnURL`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`confirmationSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`invitationCreatedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`invitationSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`resetPasswordSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`passwordChangedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`signInCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`currentSignInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastSignInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`currentSignInIP`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastSignInIP`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastActiveAt`,storageKey:null}],storageKey:null}],storageKey:null}]},params:{cacheID:`3e007fa1b8ba02303da38575413a345d`,id:`cdb23bb6522a2344b1261a67a7f2c62799c3defddc3f0ee83b9a734720c481ae`,metadata:{},name:`RestrictionsDialogMutation`,operationKind:`mutation`,text:`mutation RestrictionsDialogMutation(
  $input: SetUserRestrictionsInput!
) {
  setUserRestrictions(input: $input) {
    user {
      ...UserProfile_user
      id
    }
  }
}

fragment UserProfile_user on User {
  id
  email
  unconfirmedEmail
  status
  locked
  lockedAt
  lockReason
  lockExpiresAt
  lockedBy {
    id
    email
  }
  role {
    id
    name
  }
  customers {
    id
    name
  }
  emailAliases {
    id
    email
    confirmedAt
  }
  blockedProfileFields
  newsletterSubscription {
    id
    subscribedAt
    unsubscribedAt
  }
  source
  createdAt
  updatedAt
  salutation
  firstName
  lastName
  phone
  birthday
  company
  street
  addressAddition
  city
  zip
  country
  customAttributes
  confirmedAt
  lastConfirmedByAdminAt
  acceptInvitationReturnURL
  confirmationSentAt
  invitationCreatedAt
  invitationSentAt
  resetPasswordSentAt
  passwordChangedAt
  signInCount
  currentSignInAt
  lastSignInAt
  currentSignInIP
  lastSignInIP
  lastActiveAt
}
`}}})();V.hash=`815528066d7db9b745401ce01e63ce09`;var H=(function(){var e={kind:`Literal`,name:`orderBy`,value:{direction:`ASC`,field:`NAME`}},t=[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],n=[{alias:null,args:[{kind:`Literal`,name:`first`,value:100},e],concreteType:`RoleConnection`,kind:`LinkedField`,name:`roles`,plural:!1,selections:[{alias:null,args:null,concreteType:`RoleEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Role`,kind:`LinkedField`,name:`node`,plural:!1,selections:t,storageKey:null}],storageKey:null}],storageKey:`roles(first:100,orderBy:{"direction":"ASC","field":"NAME"})`},{alias:null,args:[{kind:`Literal`,name:`first`,value:500},e],concreteType:`CustomerConnection`,kind:`LinkedField`,name:`customers`,plural:!1,selections:[{alias:null,args:null,concreteType:`CustomerEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Customer`,kind:`LinkedField`,name:`node`,plural:!1,selections:t,storageKey:null}],storageKey:null}],storageKey:`customers(first:500,orderBy:{"direction":"ASC","field":"NAME"})`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`RestrictionsDialogQuery`,selections:n,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`RestrictionsDialogQuery`,selections:n},params:{cacheID:`8191ee3acc79371d125ac0e015ed7eb0`,id:`ead7beab3807631950812db5bdf9225be1a54b152cab9b92dc1df8a61fb5f9b5`,metadata:{},name:`RestrictionsDialogQuery`,operationKind:`query`,text:`query RestrictionsDialogQuery {
  roles(first: 100, orderBy: {field: NAME, direction: ASC}) {
    edges {
      node {
        id
        name
      }
    }
  }
  customers(first: 500, orderBy: {field: NAME, direction: ASC}) {
    edges {
      node {
        id
        name
      }
    }
  }
}
`}}})();H.hash=`c6fb7bb30c4709e038d0f9354c4af43b`;var U=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t=[e];return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`RestrictionsDialog_user`,selections:[e,{alias:null,args:null,concreteType:`Role`,kind:`LinkedField`,name:`role`,plural:!1,selections:t,storageKey:null},{alias:null,args:null,concreteType:`Customer`,kind:`LinkedField`,name:`customers`,plural:!0,selections:t,storageKey:null}],type:`User`,abstractKey:null}})();U.hash=`4b128c5a05a6e6226951c9dae84848d2`;function W({user:e,onClose:t,onDone:n}){let r=(0,k.useFragment)(U,e),i=(0,k.useLazyLoadQuery)(H,{},{fetchPolicy:`store-and-network`}),a=new Set((r.customers??[]).map(e=>e.id)),[o,s]=(0,I.useState)(r.role.id),[l,u]=(0,I.useState)(a),[d,f]=(0,I.useState)({fields:{},general:[]}),[p,m]=(0,k.useMutation)(V),h=(e,t)=>u(n=>{let r=new Set(n);return t?r.add(e):r.delete(e),r}),g=e=>{e.preventDefault();let t=[...l].filter(e=>!a.has(e)),i=[...a].filter(e=>!l.has(e));p({variables:{input:{id:r.id,roleID:o===r.role.id?null:o,addCustomerIDs:t,removeCustomerIDs:i}},onCompleted:()=>n(`The restrictions are changed.`),onError:e=>f(c(e))})},_=i.roles.edges?.flatMap(e=>e?.node?[e.node]:[])??[],v=i.customers.edges?.flatMap(e=>e?.node?[e.node]:[])??[];return(0,R.jsxs)(`form`,{onSubmit:g,noValidate:!0,children:[(0,R.jsx)(x,{messages:d.general}),(0,R.jsx)(S,{label:`Role`,value:o,onChange:e=>s(e.target.value),error:d.fields.roleID,children:_.map(e=>(0,R.jsx)(`option`,{value:e.id,children:e.name},e.id))}),(0,R.jsxs)(`fieldset`,{children:[(0,R.jsx)(`legend`,{children:`Customers`}),(0,R.jsx)(`p`,{className:`hint`,children:`A user with customers is restricted: they see and manage only users of those customers.`}),v.map(e=>(0,R.jsx)(C,{label:e.name,checked:l.has(e.id),onChange:t=>h(e.id,t.target.checked)},e.id)),(d.fields.addCustomerIDs||d.fields.removeCustomerIDs)&&(0,R.jsx)(`div`,{className:`field-error`,role:`alert`,children:d.fields.addCustomerIDs??d.fields.removeCustomerIDs})]}),(0,R.jsxs)(`div`,{className:`actions`,children:[(0,R.jsx)(`button`,{type:`button`,onClick:t,children:`Cancel`}),(0,R.jsx)(`button`,{type:`submit`,className:`primary`,disabled:m,children:`Save restrictions`})]})]})}var G=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},i=[n,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],a={alias:null,args:null,kind:`ScalarField`,name:`confirmedAt`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`BlockFieldsDialogMutation`,selections:[{alias:null,args:t,concreteType:`UserPayload`,kind:`LinkedField`,name:`setBlockedFields`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`UserProfile_user`}],storageKey:null}],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`BlockFieldsDialogMutation`,selections:[{alias:null,args:t,concreteType:`UserPayload`,kind:`LinkedField`,name:`setBlockedFields`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[n,r,{alias:null,args:null,kind:`ScalarField`,name:`unconfirmedEmail`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`locked`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockReason`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockExpiresAt`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`lockedBy`,plural:!1,selections:[n,r],storageKey:null},{alias:null,args:null,concreteType:`Role`,kind:`LinkedField`,name:`role`,plural:!1,selections:i,storageKey:null},{alias:null,args:null,concreteType:`Customer`,kind:`LinkedField`,name:`customers`,plural:!0,selections:i,storageKey:null},{alias:null,args:null,concreteType:`EmailAlias`,kind:`LinkedField`,name:`emailAliases`,plural:!0,selections:[n,r,a],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`blockedProfileFields`,storageKey:null},{alias:null,args:null,concreteType:`NewsletterSubscription`,kind:`LinkedField`,name:`newsletterSubscription`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`subscribedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unsubscribedAt`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`source`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`updatedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`salutation`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`firstName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`birthday`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`company`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`street`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`addressAddition`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`city`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`zip`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`country`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`customAttributes`,storageKey:null},a,{alias:null,args:null,kind:`ScalarField`,name:`lastConfirmedByAdminAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`acceptInvitationReturnURL`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`confirmationSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`invitationCreatedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`invitationSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`resetPasswordSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`passwordChangedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`signInCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`currentSignInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastSignInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`currentSignInIP`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastSignInIP`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastActiveAt`,storageKey:null}],storageKey:null}],storageKey:null}]},params:{cacheID:`72d53454f1722b5a8cab51923643f1f9`,id:`f70e4f27e7771e553e25082267a00d59e889dc772aeb0f7bfd143e73d35c707d`,metadata:{},name:`BlockFieldsDialogMutation`,operationKind:`mutation`,text:`mutation BlockFieldsDialogMutation(
  $input: SetBlockedFieldsInput!
) {
  setBlockedFields(input: $input) {
    user {
      ...UserProfile_user
      id
    }
  }
}

fragment UserProfile_user on User {
  id
  email
  unconfirmedEmail
  status
  locked
  lockedAt
  lockReason
  lockExpiresAt
  lockedBy {
    id
    email
  }
  role {
    id
    name
  }
  customers {
    id
    name
  }
  emailAliases {
    id
    email
    confirmedAt
  }
  blockedProfileFields
  newsletterSubscription {
    id
    subscribedAt
    unsubscribedAt
  }
  source
  createdAt
  updatedAt
  salutation
  firstName
  lastName
  phone
  birthday
  company
  street
  addressAddition
  city
  zip
  country
  customAttributes
  confirmedAt
  lastConfirmedByAdminAt
  acceptInvitationReturnURL
  confirmationSentAt
  invitationCreatedAt
  invitationSentAt
  resetPasswordSentAt
  passwordChangedAt
  signInCount
  currentSignInAt
  lastSignInAt
  currentSignInIP
  lastSignInIP
  lastActiveAt
}
`}}})();G.hash=`c9c895660bd11deac565827cbd457df0`;var K={argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`BlockFieldsDialog_user`,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`blockedProfileFields`,storageKey:null}],type:`User`,abstractKey:null};K.hash=`03eb2e3353a3c245132a6abbb0b8b43b`;var q=[...m.map(e=>({name:e.name,label:e.label})),{name:`customAttributes`,label:`Further information`}];function J({open:e,user:t,onClose:n,onDone:r}){let i=(0,k.useFragment)(K,t),[a,o]=(0,I.useState)(new Set(i.blockedProfileFields)),[s,l]=(0,I.useState)([]),[u,d]=(0,k.useMutation)(G),f=()=>{o(new Set(i.blockedProfileFields)),l([]),n()};return(0,R.jsx)(_,{title:`Block fields from self-editing`,open:e,onClose:f,children:(0,R.jsxs)(`form`,{onSubmit:e=>{e.preventDefault(),u({variables:{input:{id:i.id,fields:q.map(e=>e.name).filter(e=>a.has(e))}},onCompleted:()=>r(`The blocked fields are saved.`),onError:e=>l(c(e).general.concat(Object.values(c(e).fields)))})},children:[(0,R.jsx)(`p`,{children:`The user sees blocked fields on their account page but cannot change them.`}),(0,R.jsx)(x,{messages:s}),(0,R.jsx)(`div`,{className:`grid2`,children:q.map(e=>(0,R.jsx)(C,{label:e.label,checked:a.has(e.name),onChange:t=>o(n=>{let r=new Set(n);return t.target.checked?r.add(e.name):r.delete(e.name),r})},e.name))}),(0,R.jsxs)(`div`,{className:`actions`,children:[(0,R.jsx)(`button`,{type:`button`,onClick:f,children:`Cancel`}),(0,R.jsx)(`button`,{type:`submit`,className:`primary`,disabled:d,children:`Save`})]})]})})}function Y({user:e}){let n=(0,k.useFragment)(F,e),i=s().userId===n.id,l={write:o(`USERS_WRITE`),lock:o(`USERS_LOCK`)&&!i,invite:o(`USERS_INVITE`),remove:o(`USERS_DELETE`)&&!i,audit:o(`AUDIT_READ`),email:o(`USERS_EMAIL`),export:o(`USERS_EXPORT`)},u=r(),[d,p]=(0,I.useState)(null),[m,h]=(0,I.useState)([]),[g,y]=(0,I.useState)(``),[b,S]=(0,I.useState)([]),C=()=>{p(null),h([])},D=e=>{C(),y(e)},O=e=>h(c(e).general),L=f(n),[z,B]=(0,k.useMutation)(P),[V,H]=(0,k.useMutation)(N),[U,G]=(0,k.useMutation)(M),[K,q]=(0,k.useMutation)(j),[Y,X]=(0,k.useMutation)(A),Z={input:{id:n.id}},Q=()=>{y(``),S([]),Y({variables:Z,onCompleted:e=>{let t=T(n.id);E(t,e.exportUser.document),y(`The personal data of ${L} is downloaded as ${t}. The export is recorded in the history.`)},onError:e=>S(c(e).general)})},$=n.invitationSentAt?`Resend invitation`:`Send invitation`;return(0,R.jsxs)(R.Fragment,{children:[(0,R.jsxs)(`div`,{className:`actions`,role:`toolbar`,"aria-label":`Actions on this user`,children:[l.write&&(0,R.jsx)(a,{className:`button-link secondary`,to:`/admin/users/${n.id}/edit`,children:`Edit`}),l.audit&&(0,R.jsx)(a,{className:`button-link secondary`,to:`/admin/users/${n.id}/history`,children:`History`}),l.lock&&!n.locked&&(0,R.jsx)(`button`,{type:`button`,onClick:()=>p(`lock`),children:`Lock`}),l.lock&&n.locked&&(0,R.jsx)(`button`,{type:`button`,onClick:()=>p(`unlock`),children:`Unlock`}),l.invite&&!n.confirmedAt&&(0,R.jsx)(`button`,{type:`button`,onClick:()=>p(`invite`),children:$}),l.write&&!n.confirmedAt&&(0,R.jsx)(`button`,{type:`button`,onClick:()=>p(`confirm`),children:`Confirm`}),l.write&&(0,R.jsx)(`button`,{type:`button`,onClick:()=>p(`email`),children:`Change email`}),l.write&&(0,R.jsx)(`button`,{type:`button`,onClick:()=>p(`restrictions`),children:`Change restrictions`}),l.write&&(0,R.jsx)(`button`,{type:`button`,onClick:()=>p(`block`),children:`Block fields`}),l.email&&(0,R.jsx)(`button`,{type:`button`,onClick:()=>p(`send`),children:`Send email`}),l.export&&(0,R.jsx)(`button`,{type:`button`,disabled:X,onClick:Q,children:X?`Exporting…`:`Export data`}),l.remove&&(0,R.jsx)(`button`,{type:`button`,className:`danger`,onClick:()=>p(`delete`),children:`Delete`})]}),g&&(0,R.jsx)(`p`,{className:`notice`,role:`status`,children:g}),(0,R.jsx)(x,{messages:b}),(0,R.jsx)(ee,{open:d===`lock`,userId:n.id,name:L,onClose:C,onDone:()=>D(`${L} is locked and signed out.`)}),(0,R.jsx)(v,{title:`Unlock user`,open:d===`unlock`,message:(0,R.jsxs)(`p`,{children:[`Unlock `,L,`? They can sign in again.`]}),confirmLabel:`Unlock`,pending:B,error:m,onClose:C,onConfirm:()=>z({variables:Z,onCompleted:()=>D(`${L} is unlocked.`),onError:O})}),(0,R.jsx)(v,{title:$,open:d===`invite`,message:(0,R.jsxs)(`p`,{children:[`Send `,n.email,` a new invitation? An earlier invitation link stops working.`]}),confirmLabel:$,pending:G,error:m,onClose:C,onConfirm:()=>U({variables:Z,onCompleted:()=>D(`An invitation is on its way to ${n.email}.`),onError:O})}),(0,R.jsx)(v,{title:`Confirm user`,open:d===`confirm`,message:(0,R.jsxs)(`p`,{children:[`Confirm `,L,`'s account by hand, without the email round trip?`]}),confirmLabel:`Confirm`,pending:H,error:m,onClose:C,onConfirm:()=>V({variables:Z,onCompleted:()=>D(`${L} is confirmed.`),onError:O})}),(0,R.jsx)(v,{title:`Delete user`,open:d===`delete`,danger:!0,message:(0,R.jsxs)(`p`,{children:[`Delete `,(0,R.jsx)(`strong`,{children:L}),` (`,n.email,`) and all their data? Their history goes too; only the newsletter subscription stays. This cannot be undone.`]}),confirmLabel:`Delete ${L}`,pending:q,error:m,onClose:C,onConfirm:()=>K({variables:Z,onCompleted:()=>{u(`/admin/users`,{replace:!0})},onError:O})}),(0,R.jsx)(te,{open:d===`email`,user:n,onClose:C,onDone:D}),(0,R.jsx)(_,{title:`Change restrictions`,open:d===`restrictions`,onClose:C,children:(0,R.jsx)(I.Suspense,{fallback:(0,R.jsx)(t,{}),children:(0,R.jsx)(W,{user:n,onClose:C,onDone:D})})}),(0,R.jsx)(J,{open:d===`block`,user:n,onClose:C,onDone:D}),(0,R.jsx)(w,{open:d===`send`,user:n,onClose:C,onDone:D})]})}var X={MR:`Mr`,MRS:`Mrs`,DIVERS:`Divers`};function Z(){let{id:e=``}=i(),t=l().state?.notice,n=(0,k.useLazyLoadQuery)(O,{id:e},{fetchPolicy:`store-and-network`}),r=(0,k.useFragment)($,n.node?.profile??null);if(!r||!n.node?.actions)return(0,R.jsxs)(`div`,{className:`panel`,children:[(0,R.jsx)(`h1`,{children:`User not found`}),(0,R.jsxs)(`p`,{children:[`There is no user with this ID you may see. `,(0,R.jsx)(a,{to:`/admin/users`,children:`Back to the users`})]})]});let o=f(r),s=r.customAttributes??{},c=e=>e==null||e===``?(0,R.jsx)(`span`,{className:`muted`,children:`—`}):String(e);return(0,R.jsxs)(`div`,{children:[(0,R.jsx)(`p`,{children:(0,R.jsx)(a,{to:`/admin/users`,children:`← Users`})}),(0,R.jsxs)(`h1`,{children:[o,` `,(0,R.jsxs)(`span`,{className:u(r.status,r.locked),children:[d[r.status]??r.status,r.locked?`, locked`:``]})]}),t&&(0,R.jsx)(`p`,{className:`notice`,role:`status`,children:t}),(0,R.jsx)(Y,{user:n.node.actions}),(0,R.jsxs)(`div`,{className:`grid2 sections`,children:[(0,R.jsxs)(`section`,{className:`panel`,"aria-labelledby":`account`,children:[(0,R.jsx)(`h2`,{id:`account`,children:`Account`}),(0,R.jsxs)(`dl`,{className:`facts`,children:[(0,R.jsx)(`dt`,{children:`Email`}),(0,R.jsx)(`dd`,{children:r.email}),r.unconfirmedEmail&&(0,R.jsxs)(R.Fragment,{children:[(0,R.jsx)(`dt`,{children:`New email (unconfirmed)`}),(0,R.jsx)(`dd`,{children:r.unconfirmedEmail})]}),(0,R.jsx)(`dt`,{children:`Status`}),(0,R.jsx)(`dd`,{children:d[r.status]??r.status}),(0,R.jsx)(`dt`,{children:`Role`}),(0,R.jsx)(`dd`,{children:r.role.name}),(0,R.jsx)(`dt`,{children:`Customers`}),(0,R.jsx)(`dd`,{children:c(r.customers?.map(e=>e.name).join(`, `))}),(0,R.jsx)(`dt`,{children:`Locked`}),(0,R.jsx)(`dd`,{children:r.locked?(0,R.jsxs)(R.Fragment,{children:[`since `,p(r.lockedAt),r.lockedBy&&(0,R.jsxs)(R.Fragment,{children:[` by `,r.lockedBy.email]}),`: `,r.lockReason,r.lockExpiresAt&&(0,R.jsxs)(R.Fragment,{children:[` (until `,p(r.lockExpiresAt),`)`]})]}):`no`}),(0,R.jsx)(`dt`,{children:`Aliases`}),(0,R.jsx)(`dd`,{children:r.emailAliases&&r.emailAliases.length>0?r.emailAliases.map(e=>`${e.email}${e.confirmedAt?``:` (unconfirmed)`}`).join(`, `):c(null)}),(0,R.jsx)(`dt`,{children:`Blocked from self-editing`}),(0,R.jsx)(`dd`,{children:c(r.blockedProfileFields.join(`, `))}),(0,R.jsx)(`dt`,{children:`Newsletter`}),(0,R.jsx)(`dd`,{children:r.newsletterSubscription&&!r.newsletterSubscription.unsubscribedAt?`subscribed since ${p(r.newsletterSubscription.subscribedAt)}`:`not subscribed`}),(0,R.jsx)(`dt`,{children:`Created`}),(0,R.jsxs)(`dd`,{children:[p(r.createdAt),` (`,r.source,`)`]}),(0,R.jsx)(`dt`,{children:`Last change`}),(0,R.jsx)(`dd`,{children:p(r.updatedAt)})]})]}),(0,R.jsxs)(`section`,{className:`panel`,"aria-labelledby":`contact`,children:[(0,R.jsx)(`h2`,{id:`contact`,children:`Contact`}),(0,R.jsx)(`dl`,{className:`facts`,children:m.map(e=>(0,R.jsx)(Q,{label:e.label,children:c(e.name===`salutation`&&r.salutation?X[r.salutation]:r[e.name])},e.name))})]}),(0,R.jsxs)(`section`,{className:`panel`,"aria-labelledby":`further`,children:[(0,R.jsx)(`h2`,{id:`further`,children:`Further information`}),n.attributeDefinitions.length===0?(0,R.jsx)(`p`,{className:`muted`,children:`No attributes are defined.`}):(0,R.jsx)(`dl`,{className:`facts`,children:n.attributeDefinitions.map(e=>(0,R.jsx)(Q,{label:e.label,children:c(typeof s[e.key]==`boolean`?s[e.key]?`yes`:`no`:s[e.key])},e.key))})]}),(0,R.jsxs)(`section`,{className:`panel`,"aria-labelledby":`signup`,children:[(0,R.jsx)(`h2`,{id:`signup`,children:`Sign-up information`}),(0,R.jsxs)(`dl`,{className:`facts`,children:[(0,R.jsx)(Q,{label:`Confirmed`,children:p(r.confirmedAt)}),(0,R.jsx)(Q,{label:`Last confirmed by an admin`,children:p(r.lastConfirmedByAdminAt)}),(0,R.jsx)(Q,{label:`Accept-invitation return URL`,children:c(r.acceptInvitationReturnURL)}),(0,R.jsx)(Q,{label:`Confirmation sent`,children:p(r.confirmationSentAt)}),(0,R.jsx)(Q,{label:`Invitation created`,children:p(r.invitationCreatedAt)}),(0,R.jsx)(Q,{label:`Invitation sent`,children:p(r.invitationSentAt)}),(0,R.jsx)(Q,{label:`Password reset sent`,children:p(r.resetPasswordSentAt)}),(0,R.jsx)(Q,{label:`Password changed`,children:p(r.passwordChangedAt)}),(0,R.jsx)(Q,{label:`Sign-ins`,children:r.signInCount}),(0,R.jsxs)(Q,{label:`Current sign-in`,children:[p(r.currentSignInAt),` `,r.currentSignInIP&&`from ${r.currentSignInIP}`]}),(0,R.jsxs)(Q,{label:`Last sign-in`,children:[p(r.lastSignInAt),` `,r.lastSignInIP&&`from ${r.lastSignInIP}`]}),(0,R.jsx)(Q,{label:`Last active`,children:p(r.lastActiveAt)})]})]})]})]})}function Q({label:e,children:t}){return(0,R.jsxs)(R.Fragment,{children:[(0,R.jsx)(`dt`,{children:e}),(0,R.jsx)(`dd`,{children:t})]})}var $=D;export{Z as default};