import { dictionary } from '@zxcvbn-ts/language-common';
import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from './password-rules.js';
import { DEMO_PASSWORD } from '../tenancy/demo-organisation.js';

/** A non-repeating, non-sequential, uncommon text of exactly `length` characters. */
const passwordOfLength = (length: number) => 'quiet-meadow-river-stone-lantern-'.repeat(20).slice(0, length);

describe('passwordProblem', () => {
  it('has the NIST 800-63B bounds: 15 to 128 characters', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(15);
    expect(PASSWORD_MAX_LENGTH).toBe(128);
  });

  it.each([
    { length: 0, problem: /at least 15 characters/ },
    { length: 8, problem: /at least 15 characters/ },
    { length: 14, problem: /at least 15 characters/ },
    { length: 15, problem: null },
    { length: 16, problem: null },
    { length: 64, problem: null },
    { length: 128, problem: null },
    { length: 129, problem: /at most 128 characters/ },
    { length: 500, problem: /at most 128 characters/ },
  ])('a password of $length characters: $problem', ({ length, problem }) => {
    const password = passwordOfLength(length);
    expect([...password]).toHaveLength(length);
    const answer = passwordProblem(password);
    if (problem === null) expect(answer).toBeNull();
    else expect(answer).toMatch(problem);
  });

  it('counts characters as people see them, not UTF-16 code units', () => {
    const fifteen = 'ríos🌊nubes🌲luz🌻';
    expect([...fifteen]).toHaveLength(15);
    const fourteen = [...fifteen].slice(0, 14).join('');
    expect(fourteen.length).toBeGreaterThanOrEqual(15); // in UTF-16 code units
    expect(passwordProblem(fourteen)).toMatch(/at least 15/);
    expect(passwordProblem(fifteen)).toBeNull();
  });

  it('has no composition rules: 20 lowercase letters are fine', () => {
    const password = 'purplelanternsdrifts';
    expect(password).toMatch(/^[a-z]{20}$/);
    expect(passwordProblem(password)).toBeNull();
  });

  it('refuses passwords on the common list, whatever their case', () => {
    expect(dictionary['passwords-common']).toContain('1qaz2wsx3edc4rfv');
    expect(passwordProblem('1qaz2wsx3edc4rfv')).toBe('is on a list of commonly used passwords; choose another');
    expect(passwordProblem('1QAZ2WSX3EDC4RFV')).toMatch(/common/);
    const longCommon = dictionary['passwords-common'].filter((p) => [...p].length >= PASSWORD_MIN_LENGTH && [...p].length <= PASSWORD_MAX_LENGTH);
    expect(longCommon.length).toBeGreaterThan(0);
    for (const common of longCommon.slice(0, 50)) {
      expect(passwordProblem(common), common).not.toBeNull();
    }
  });

  it.each([
    { password: 'aaaaaaaaaaaaaaaaaaaa', problem: /single character/ },
    { password: 'abcdefghijklmnopqrst', problem: /sequence/ },
    { password: 'zyxwvutsrqponmlkjih', problem: /sequence/ },
    { password: 'abcabcabcabcabcabc', problem: /repeats/ },
    { password: 'passwordpasswordpassword', problem: /repeats|common|guess/ },
    { password: 'welcomewelcome2024', problem: /too easy to guess|common/ },
  ])('refuses the predictable $password', ({ password, problem }) => {
    expect(passwordProblem(password)).toMatch(problem);
  });

  it("refuses a password containing the email's name part, only when told the email", () => {
    const password = 'ngozi.eze-garden-path';
    expect(passwordProblem(password, { email: 'Ngozi.Eze@example.org' })).toMatch(/email/);
    expect(passwordProblem(password)).toBeNull();
    expect(passwordProblem(password, { email: 'someone@example.org' })).toBeNull();
  });

  it('names the problem in plain words', () => {
    for (const password of ['short', passwordOfLength(200), 'aaaaaaaaaaaaaaaaaaaa']) {
      const problem = passwordProblem(password);
      expect(problem).toEqual(expect.any(String));
      expect(problem!.length).toBeGreaterThan(10);
    }
  });
});

describe('passwordProblem: strength (finding 7)', () => {
  it.each([
    ['123456789012345', /run of letters or numbers|commonly used|too easy/],
    ['qwertyuiopasdfgh', /keys in a row on the keyboard|commonly used|too easy/],
    ['abcabcabcabcabcabc', /repeats/],
    ['asdfghjklasdfghjkl', /keyboard|repeats|commonly used/],
    ['password1234567890', /commonly used|too easy/],
  ])('refuses %s with a kind explanation', (password, explanation) => {
    const problem = passwordProblem(password);
    expect(problem).toMatch(explanation);
    expect(problem).toMatch(/(stronger|choose another)$/);
  });

  it('accepts a few unrelated words', () => {
    for (const password of ['otter lantern maple harbour', 'copper-kettle-on-the-hob', 'quiet-meadow-river-stone']) {
      expect(passwordProblem(password), password).toBeNull();
    }
  });

  it('refuses the published demo password anywhere but the demo organisation', () => {
    expect(passwordProblem(DEMO_PASSWORD)).toMatch(/published demo password/);
    expect(passwordProblem(DEMO_PASSWORD, { demoOrganisation: false })).toMatch(/published demo password/);
    expect(passwordProblem(DEMO_PASSWORD, { demoOrganisation: true })).toBeNull();
  });

  it('takes the email into account in the strength estimate too', () => {
    expect(passwordProblem('maria.lopez.maria.lopez', { email: 'maria.lopez@example.org' })).toMatch(/email address|repeats/);
  });
});
