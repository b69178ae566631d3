// A stub of the three names of @angular/core that the Angular snippet in docs/frameworks.md
// uses, with Angular's signatures, so that tsc checks the snippet's use of our types without
// installing Angular. It says nothing about Angular itself.
declare module '@angular/core' {
  export interface SchemaMetadata {
    name: string;
  }
  export const CUSTOM_ELEMENTS_SCHEMA: SchemaMetadata;
  export function Component(options: { selector?: string; standalone?: boolean; schemas?: SchemaMetadata[]; template?: string }): ClassDecorator;
  export function Input(): PropertyDecorator;
}
