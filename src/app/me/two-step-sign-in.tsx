'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '@/trpc/react';
import { serverFieldErrors, type FieldErrors } from '../_components/field-errors';
import { FormField } from '../_components/form-field';

type Stage =
  | { step: 'idle' }
  | { step: 'scan'; secret: string; otpauthUri: string; qrCode: string }
  | { step: 'codes'; codes: string[] };

const fieldsOf = (err: unknown) => serverFieldErrors(err as Parameters<typeof serverFieldErrors>[0]);

/**
 * TOTP: turn on (password, then the app's first code; the recovery codes are shown once) or off
 * (password and a code). The QR code is scanned by the app; the key and the otpauth:// link beside it
 * serve a phone that is also the screen.
 */
export function TwoStepSignIn({ enabled, recoveryCodesLeft }: { enabled: boolean; recoveryCodesLeft: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const start = useMutation(trpc.account.startMfa.mutationOptions());
  const confirm = useMutation(trpc.account.confirmMfa.mutationOptions());
  const disable = useMutation(trpc.account.disableMfa.mutationOptions());

  const fail = (err: unknown) => {
    const { fields, message: text } = fieldsOf(err);
    setErrors(fields);
    setMessage(Object.keys(fields).length > 0 ? null : text);
  };
  const form = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setErrors({});
    setMessage(null);
    return Object.fromEntries(new FormData(e.currentTarget).entries()) as Record<string, string>;
  };

  async function onStart(e: FormEvent<HTMLFormElement>) {
    const { password = '' } = form(e);
    try {
      setStage({ step: 'scan', ...(await start.mutateAsync({ password })) });
    } catch (err) {
      fail(err);
    }
  }
  async function onConfirm(e: FormEvent<HTMLFormElement>) {
    const { code = '' } = form(e);
    try {
      setStage({ step: 'codes', codes: (await confirm.mutateAsync({ code: code.trim() })).recoveryCodes });
    } catch (err) {
      fail(err);
    }
  }
  async function onDisable(e: FormEvent<HTMLFormElement>) {
    const { password = '', code = '' } = form(e);
    try {
      await disable.mutateAsync({ password, code });
      router.refresh();
    } catch (err) {
      fail(err);
    }
  }

  const status = message && (
    <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-700">
      {message}
    </p>
  );
  const button =
    'rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60';

  if (stage.step === 'codes') {
    return (
      <div className="space-y-3" data-testid="recovery-codes">
        <p className="text-sm font-medium text-emerald-800">Two-step sign-in is on.</p>
        <p className="text-sm text-slate-700">
          Save these recovery codes somewhere safe. Each signs you in once if you lose your authenticator. They are
          shown only now.
        </p>
        <ul className="grid grid-cols-2 gap-1 font-mono text-sm sm:grid-cols-5">
          {stage.codes.map((c) => (
            <li key={c} className="rounded bg-slate-100 px-2 py-1 text-center">
              {c}
            </li>
          ))}
        </ul>
        <button
          type="button"
          className={button}
          onClick={() => {
            setStage({ step: 'idle' });
            router.refresh();
          }}
        >
          I have saved them
        </button>
      </div>
    );
  }
  if (stage.step === 'scan') {
    return (
      <form onSubmit={(e) => void onConfirm(e)} noValidate className="max-w-2xl space-y-3" data-testid="mfa-setup">
        <p className="text-sm text-slate-700">
          Scan this code with your authenticator app, or add an account with the key below (time-based, 6 digits), or
          open the link on a device that has the app:
        </p>
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
          {/* A data URL made on the server: next/image has nothing to optimize here. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={stage.qrCode}
            width={220}
            height={220}
            alt="QR code to add GiveMeJobs to your authenticator app"
            className="shrink-0 rounded border border-slate-200 bg-white"
            data-testid="mfa-qr"
          />
          <div className="min-w-0 space-y-2">
            <p className="rounded bg-slate-100 p-2 font-mono text-sm break-all" data-testid="mfa-secret">
              {stage.secret.replace(/(.{4})/g, '$1 ').trim()}
            </p>
            <p className="text-sm break-all">
              <a href={stage.otpauthUri} className="text-brand-700 underline">
                {stage.otpauthUri}
              </a>
            </p>
          </div>
        </div>
        <FormField
          label="Code from the app"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          idPrefix="mfa-"
          errors={errors.code}
          required
        />
        {status}
        <button type="submit" disabled={confirm.isPending} className={button}>
          {confirm.isPending ? 'Checking…' : 'Turn on'}
        </button>
      </form>
    );
  }
  if (enabled) {
    return (
      <form onSubmit={(e) => void onDisable(e)} noValidate className="max-w-2xl space-y-3">
        <p className="text-sm text-slate-700" data-testid="mfa-state">
          <span className="mr-2 rounded bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-800">On</span>
          Signing in asks for a code from your authenticator app. {recoveryCodesLeft} recovery code
          {recoveryCodesLeft === 1 ? '' : 's'} left.
        </p>
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField
            label="Password"
            name="password"
            type="password"
            autoComplete="current-password"
            idPrefix="mfa-off-"
            errors={errors.password}
            required
          />
          <FormField
            label="Code or recovery code"
            name="code"
            autoComplete="one-time-code"
            idPrefix="mfa-off-"
            errors={errors.code}
            required
          />
        </div>
        {status}
        <button
          type="submit"
          disabled={disable.isPending}
          className="rounded-md border border-red-300 px-4 py-2 text-sm font-medium text-red-700 hover:bg-red-50"
        >
          {disable.isPending ? 'Turning off…' : 'Turn off two-step sign-in'}
        </button>
      </form>
    );
  }
  return (
    <form onSubmit={(e) => void onStart(e)} noValidate className="max-w-2xl space-y-3">
      <p className="text-sm text-slate-700" data-testid="mfa-state">
        <span className="mr-2 rounded bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">Off</span>
        Protect your account with a code from an authenticator app as well as your password.
      </p>
      <FormField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        idPrefix="mfa-on-"
        errors={errors.password}
        required
      />
      {status}
      <button type="submit" disabled={start.isPending} className={button}>
        {start.isPending ? 'Starting…' : 'Set up two-step sign-in'}
      </button>
    </form>
  );
}
