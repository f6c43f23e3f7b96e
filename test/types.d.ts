// discord-api-spec ships its zod schemas as plain JS; these are the ones the e2e tests use.
declare module 'discord-api-spec/zod' {
  import type { ZodType } from 'zod';
  export const ApplicationCommandAutocompleteCallbackRequestSchema: ZodType;
  export const ApplicationCommandCreateRequestSchema: ZodType;
  export const CreateMessageInteractionCallbackRequestSchema: ZodType;
  export const IncomingWebhookInteractionRequestSchema: ZodType;
  export const IncomingWebhookUpdateForInteractionCallbackRequestPartialSchema: ZodType;
  export const MessageCreateRequestSchema: ZodType;
  export const UpdateMessageInteractionCallbackRequestSchema: ZodType;
}
