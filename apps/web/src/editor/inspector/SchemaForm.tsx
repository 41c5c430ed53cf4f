import Form from '@rjsf/core';
import type { RJSFSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';

const UI_SCHEMA = { 'ui:submitButtonOptions': { norender: true } } as const;

/**
 * A JSON-Schema form (@rjsf) without a submit button, validated as you type. Unknown keys are kept
 * (`omitExtraData` off); an answer equal to the current data is not passed on.
 */
export function SchemaForm({ schema, value, onChange, idPrefix }: {
  schema: Record<string, unknown>;
  value: Record<string, unknown>;
  onChange(value: Record<string, unknown>): void;
  idPrefix: string;
}) {
  return (
    <div className="schema-form">
      <Form
        tagName="div"
        schema={schema as RJSFSchema}
        uiSchema={UI_SCHEMA}
        formData={value}
        validator={validator}
        liveValidate="onChange"
        omitExtraData={false}
        showErrorList={false}
        noHtml5Validate
        idPrefix={idPrefix}
        onChange={(event) => {
          const next = (event.formData ?? {}) as Record<string, unknown>;
          if (JSON.stringify(next) !== JSON.stringify(value)) onChange(next);
        }}
      />
    </div>
  );
}
