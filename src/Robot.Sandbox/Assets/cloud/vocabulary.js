// The Cloud app's own words for providers and encryptions, as the server sends them (CloudVocabulary.cs).
const vocabulary = JSON.parse(document.body.dataset.vocabulary);

export const PROVIDERS = vocabulary.serviceProviders;
export const ENCRYPTIONS = vocabulary.encryptions;

/** The providers that sign in with an OAuth2 client instead of a password. */
export const OAUTH_PROVIDERS = vocabulary.oauthProviders;
