import { LIMITS, SLUG_PATTERN } from '@newsroom/shared';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  maxLength,
  ReferenceArrayInput,
  ReferenceInput,
  regex,
  required,
  TextArrayInput,
  TextInput,
} from 'react-admin';

const search = (q: string) => ({ q });

export function IssueInputs() {
  return (
    <>
      <TextInput source="title" validate={[required(), maxLength(LIMITS.titleMax)]} fullWidth />
      <TextInput
        source="slug"
        helperText="Lower-case words joined by hyphens; made from the title when left empty"
        validate={[maxLength(LIMITS.slugMax), regex(SLUG_PATTERN, 'Lower-case letters and digits joined by single hyphens')]}
      />
      <ReferenceInput source="parentId" reference="issues">
        <AutocompleteInput label="Parent issue" optionText="title" filterToQuery={search} helperText="Empty: a top-level issue" fullWidth />
      </ReferenceInput>
      <TextArrayInput source="aliases" helperText="Other names; press Enter after each" fullWidth />
      <TextInput source="description" multiline minRows={3} fullWidth validate={maxLength(LIMITS.descriptionMax)} />
      <ReferenceArrayInput source="actorIds" reference="actors">
        <AutocompleteArrayInput label="Actors who are parties" optionText="name" filterToQuery={search} fullWidth />
      </ReferenceArrayInput>
    </>
  );
}
