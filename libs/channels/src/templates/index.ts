export { TEMPLATE_LIMITS } from './liquid-engine';
export { templateFields, type MessageTemplate, type TemplateField } from './message-template';
export { templateContext, CONTACT_FIELDS, EVENT_FIELDS, type TemplateContext, type TemplateContact, type TemplateEvent, type TriggerEventInput } from './template-context';
export { templateSyntaxErrors, type TemplateSyntaxError } from './template-syntax';
export { templateProblems, type TemplateProblem, type TemplateProblemCode } from './template-problems';
export { renderMessage, type RenderFailure, type RenderFailureCode, type RenderResult } from './render-message';
export { messageTemplateVariables } from './template-variables';
