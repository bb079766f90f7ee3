import { ACCOUNT_LIMITS, LIMITS } from '@newsroom/shared';
import { BooleanInput, email, maxLength, minLength, PasswordInput, required, SelectInput, TextInput } from 'react-admin';
import { roleChoices } from '../../shared/choices';

export function UserInputs({ creating = false }: { creating?: boolean }) {
  return (
    <>
      {creating && <TextInput source="email" type="email" validate={[required(), email()]} />}
      <TextInput source="name" validate={[required(), maxLength(LIMITS.nameMax)]} />
      <SelectInput source="role" choices={roleChoices} validate={required()} />
      {!creating && <BooleanInput source="active" helperText="Inactive accounts cannot sign in; their sessions and tokens stop working" />}
      <PasswordInput
        source="password"
        label={creating ? 'Password' : 'New password'}
        helperText={creating ? `At least ${ACCOUNT_LIMITS.passwordMin} characters` : 'Leave empty to keep the current password'}
        validate={
          creating
            ? [required(), minLength(ACCOUNT_LIMITS.passwordMin), maxLength(ACCOUNT_LIMITS.passwordMax)]
            : [minLength(ACCOUNT_LIMITS.passwordMin), maxLength(ACCOUNT_LIMITS.passwordMax)]
        }
        autoComplete="new-password"
      />
    </>
  );
}
