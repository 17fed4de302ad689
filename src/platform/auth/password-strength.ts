import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary } from '@zxcvbn-ts/language-en';

/**
 * zxcvbn's score: 3 means about 10^8 guesses or more ("safely unguessable" against an online
 * attack, and a slow argon2id hash makes an offline one costly). Below it, refused.
 */
export const MIN_STRENGTH_SCORE = 3;

// Built once: the dictionaries (common passwords, diceware words, English words and names)
// and the keyboard layouts. Checking is pure computation, no I/O.
const estimator = new ZxcvbnFactory({
  dictionary: { ...commonDictionary, ...englishDictionary },
  graphs: adjacencyGraphs,
});

/**
 * Our own kind words for zxcvbn's warning keys: fixed texts, so the web app can show each in
 * Spanish too (its serverProblems keys are these texts, lower-cased and hyphenated).
 */
const EXPLANATIONS: Record<string, string> = {
  straightRow: 'follows keys in a row on the keyboard, which is easy to guess; a few unrelated words are stronger',
  keyPattern: 'follows keys in a row on the keyboard, which is easy to guess; a few unrelated words are stronger',
  simpleRepeat: 'repeats characters or a pattern, which is easy to guess; a few unrelated words are stronger',
  extendedRepeat: 'repeats characters or a pattern, which is easy to guess; a few unrelated words are stronger',
  sequences: 'is a run of letters or numbers in order, which is easy to guess; a few unrelated words are stronger',
  recentYears: 'is mostly a date or a year, which is easy to guess; a few unrelated words are stronger',
  dates: 'is mostly a date or a year, which is easy to guess; a few unrelated words are stronger',
  topTen: 'is close to a commonly used password; a few unrelated words are stronger',
  topHundred: 'is close to a commonly used password; a few unrelated words are stronger',
  common: 'is close to a commonly used password; a few unrelated words are stronger',
  similarToCommon: 'is close to a commonly used password; a few unrelated words are stronger',
  pwned: 'is close to a commonly used password; a few unrelated words are stronger',
  wordByItself: 'is mostly a single word or name, which is easy to guess; a few unrelated words are stronger',
  namesByThemselves: 'is mostly a single word or name, which is easy to guess; a few unrelated words are stronger',
  commonNames: 'is mostly a single word or name, which is easy to guess; a few unrelated words are stronger',
  userInputs: 'contains your email address; choose another',
};
export const TOO_EASY = 'is too easy to guess; a few unrelated words are stronger';

/** Every text `weakPasswordProblem` can answer (the web's translations are checked against it). */
export const STRENGTH_PROBLEMS = [...new Set([...Object.values(EXPLANATIONS), TOO_EASY])];

/** The problem with a password zxcvbn scores below MIN_STRENGTH_SCORE, in plain words; null if strong enough. */
export function weakPasswordProblem(password: string, personal: string[] = []): string | null {
  const result = estimator.check(password, personal);
  if (result.score >= MIN_STRENGTH_SCORE) return null;
  return (result.feedback.warning && EXPLANATIONS[result.feedback.warning]) || TOO_EASY;
}
