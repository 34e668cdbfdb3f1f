/** The largest callback body accepted from a platform: a chat message is a few KB; anything bigger is refused unread. */
export const CALLBACK_MAX_BYTES = 64 * 1024;
