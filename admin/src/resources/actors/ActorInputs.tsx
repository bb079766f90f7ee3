import { LIMITS, WIKIDATA_QID_PATTERN } from '@newsroom/shared';
import {
  ArrayInput,
  AutocompleteInput,
  DateInput,
  maxLength,
  ReferenceInput,
  regex,
  required,
  SelectInput,
  SimpleFormIterator,
  TextArrayInput,
  TextInput,
} from 'react-admin';
import { actorKindChoices } from '../../shared/choices';

export function ActorInputs() {
  return (
    <>
      <TextInput
        source="name"
        helperText="Canonical name, spelled correctly"
        validate={[required(), maxLength(LIMITS.nameMax)]}
        fullWidth
      />
      <SelectInput source="kind" choices={actorKindChoices} validate={required()} />
      <TextArrayInput source="aliases" helperText="Other real names and forms; press Enter after each" fullWidth />
      <TextArrayInput
        source="misspellings"
        label="Recorded misspellings"
        helperText="Wrong spellings seen in sources, kept so they are recognised, never shown as a name"
        fullWidth
      />
      <TextInput source="description" multiline fullWidth validate={maxLength(LIMITS.descriptionMax)} />
      <TextInput
        source="wikidataQid"
        label="Wikidata id"
        helperText="e.g. Q7747"
        validate={regex(WIKIDATA_QID_PATTERN, 'A Wikidata id is Q followed by digits')}
      />
      <ArrayInput source="roles" label="Roles over time">
        <SimpleFormIterator inline>
          <TextInput source="title" label="Post" validate={required()} helperText={false} />
          <ReferenceInput source="organizationId" reference="actors">
            <AutocompleteInput
              label="Organisation"
              optionText="name"
              filterToQuery={(q) => ({ q })}
              helperText={false}
              sx={{ minWidth: 240 }}
            />
          </ReferenceInput>
          <DateInput source="startedOn" label="From" helperText={false} />
          <DateInput source="endedOn" label="To" helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
}
