/**
 * What a signed-in page hears when its session is gone: ended by "sign out everywhere" or a
 * password change in another browser, or expired. A bare "Please sign in." under a form field
 * said neither why nor how (a walk); the profile's forms offer a sign-in link (profile/section.tsx).
 */
export const SIGNED_OUT_MESSAGE =
  'You are signed out (a session ends after a password change or “sign out everywhere” on another device). Sign in to go on.';
