import { LIMITS } from '@newsroom/shared';
import { DateInput, maxLength, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';

export function ArticleInputs({ creating = false }: { creating?: boolean }) {
  return (
    <>
      <TextInput source="title" validate={[required(), maxLength(LIMITS.titleMax)]} fullWidth />
      <DateInput source="publishedOn" label="Published on" validate={required()} />
      <ReferenceInput source="outletId" reference="outlets">
        <SelectInput label="Outlet" optionText="name" />
      </ReferenceInput>
      {creating && (
        <TextInput
          source="outletName"
          label="…or a new outlet's name"
          helperText="Used when no outlet is picked"
          validate={maxLength(LIMITS.outletNameMax)}
        />
      )}
      <TextInput source="url" label="URL" validate={maxLength(LIMITS.urlMax)} fullWidth />
      <TextInput source="language" defaultValue="en" validate={[required(), maxLength(LIMITS.languageMax)]} />
      <TextInput
        source="body"
        multiline
        minRows={10}
        fullWidth
        validate={[required(), maxLength(LIMITS.bodyMax)]}
        helperText={
          creating
            ? 'The text exactly as published: quotes and mentions point into it by character offsets.'
            : 'A changed body must keep every quote and mention at its offsets.'
        }
      />
    </>
  );
}
