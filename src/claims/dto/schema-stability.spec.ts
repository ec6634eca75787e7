// Structural guards for the claim DTOs, which are built from composed field decorators
// (field.decorators.ts) and abstract `…Fields` base classes. Each test names a way such code can
// change the request contract without any field test noticing. No snapshot: the DTOs stay free to
// change, these rules do not (openapi.spec.ts checks each property's metadata against its validators).
import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import { getMetadataStorage } from 'class-validator';
import * as common from './common.dto';
import * as dental from './dental-claim.dto';
import * as institutional from './institutional-claim.dto';
import * as professional from './professional-claim.dto';

const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';
const API_MODEL_PROPERTIES_ARRAY = 'swagger/apiModelPropertiesArray';

type DtoClass = new () => object;
const dtoClasses: DtoClass[] = [common, professional, institutional, dental].flatMap((module) =>
  Object.values(module).filter((value): value is DtoClass => typeof value === 'function' && value.name.endsWith('Dto')),
);
const cases = dtoClasses.map((cls) => [cls.name, cls] as const);

function validationMetadatas(cls: DtoClass) {
  return getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false);
}

/** The class and its ancestors, nearest first. */
function classChain(cls: DtoClass): object[] {
  const chain: object[] = [];
  for (let proto = cls.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) chain.push(proto);
  return chain;
}

describe('DTO class chains', () => {
  it('has many DTO classes', () => {
    expect(dtoClasses.length).toBeGreaterThan(100);
  });

  // class-validator keeps an inherited constraint unless the subclass has one of the same kind for
  // that property, so redeclaring an optional base property as required in a subclass would leave
  // both @IsOptional and @IsDefined on it; @nestjs/swagger would merge the two descriptions.
  it.each(cases)('%s: no property is declared in more than one class of its chain', (_name, cls) => {
    const declaredBy = new Map<string, Set<unknown>>();
    for (const m of validationMetadatas(cls)) {
      if (!declaredBy.has(m.propertyName)) declaredBy.set(m.propertyName, new Set());
      declaredBy.get(m.propertyName)!.add(m.target);
    }
    for (const proto of classChain(cls)) {
      for (const property of declaredBy.keys()) {
        if (Reflect.getOwnMetadata(API_MODEL_PROPERTIES, proto, property) !== undefined) declaredBy.get(property)!.add(proto.constructor);
      }
    }
    const redeclared = [...declaredBy].filter(([, classes]) => classes.size > 1).map(([property]) => property);
    expect(redeclared).toEqual([]);
  });

  // The whitelist rejects what has no validator; /docs shows only what has @ApiProperty.
  it.each(cases)('%s: documents exactly the properties it validates', (_name, cls) => {
    const documented = ((Reflect.getMetadata(API_MODEL_PROPERTIES_ARRAY, cls.prototype) ?? []) as string[]).map((key) => key.replace(/^:/, ''));
    const validated = [...new Set(validationMetadatas(cls).map((m) => m.propertyName))];
    expect([...documented].sort()).toEqual(validated.sort());
  });
});

interface PropertySchema {
  $ref?: string;
  allOf?: PropertySchema[];
  items?: PropertySchema;
}

/** The component a property schema points at: directly, through allOf, or as (nested) array items. */
function referencedSchema(schema: PropertySchema | undefined): string | undefined {
  if (!schema) return undefined;
  if (schema.$ref) return schema.$ref;
  if (schema.allOf?.length === 1) return referencedSchema(schema.allOf[0]);
  return referencedSchema(schema.items);
}

describe('OpenAPI components', () => {
  let app: INestApplication;
  let schemas: Record<string, { properties?: Record<string, PropertySchema> }>;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({}).compile();
    app = moduleRef.createNestApplication({ logger: false });
    const bodies = [professional.ProfessionalClaimDto, institutional.InstitutionalClaimDto, dental.DentalClaimDto];
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().setTitle('claims').build(), { extraModels: bodies });
    schemas = (document.components?.schemas ?? {}) as typeof schemas;
  });
  afterAll(async () => {
    await app?.close();
  });

  // Every exported DTO is reachable from the three request bodies; a lazy `type` that swagger does
  // not resolve drops the nested schema (and everything below it) without an error.
  it('has a schema for every DTO class', () => {
    const missing = dtoClasses.map((cls) => cls.name).filter((name) => !(name in schemas));
    expect(missing).toEqual([]);
  });

  it.each(cases)('%s: every nested object or array of objects refers to a component schema', (name, cls) => {
    const nested = [...new Set(validationMetadatas(cls).filter((m) => m.type === 'nestedValidation').map((m) => m.propertyName))];
    const properties = schemas[name]?.properties ?? {};
    for (const property of nested) {
      const ref = referencedSchema(properties[property]);
      expect({ property, ref }).toEqual({ property, ref: expect.stringMatching(/^#\/components\/schemas\/\w+Dto$/) });
      expect(schemas).toHaveProperty([ref!.split('/').pop()!]);
    }
  });
});
