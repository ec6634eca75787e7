// The OpenAPI document at /docs is generated from these DTOs: every validated property must carry
// @ApiProperty metadata that agrees with its validators, and the document must build.
import 'reflect-metadata';
import { Body, Controller, Post, type INestApplication } from '@nestjs/common';
import { ApiBody, DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import { getMetadataStorage } from 'class-validator';
import * as common from './common.dto';
import * as dental from './dental-claim.dto';
import * as institutional from './institutional-claim.dto';
import * as professional from './professional-claim.dto';

const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';

type DtoClass = new () => object;
const dtoClasses: DtoClass[] = [common, professional, institutional, dental].flatMap((module) =>
  Object.values(module).filter((value): value is DtoClass => typeof value === 'function' && value.name.endsWith('Dto')),
);

describe('DTO metadata', () => {
  it('every DTO class name ends in Dto and there are many of them', () => {
    expect(dtoClasses.length).toBeGreaterThan(100);
  });

  it.each(dtoClasses.map((cls) => [cls.name, cls] as const))('%s: @ApiProperty on every property, matching the validators', (_name, cls) => {
    const metadatas = getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false);
    const properties = [...new Set(metadatas.map((m) => m.propertyName))];
    expect(properties.length).toBeGreaterThan(0);
    for (const property of properties) {
      const api = Reflect.getMetadata(API_MODEL_PROPERTIES, cls.prototype, property) as Record<string, unknown> | undefined;
      const own = metadatas.filter((m) => m.propertyName === property);
      expect({ property, hasApiProperty: api !== undefined }).toEqual({ property, hasApiProperty: true });
      expect({ property, description: typeof api?.description }).toEqual({ property, description: 'string' });

      const required = own.some((m) => m.name === 'isDefined' || m.type === 'isDefined');
      expect({ property, required: api?.required !== false }).toEqual({ property, required });

      const maxLength = own.find((m) => m.name === 'maxLength' && !m.each);
      if (maxLength) expect({ property, maxLength: api?.maxLength }).toEqual({ property, maxLength: maxLength.constraints[0] });
      const allowed = own.find((m) => m.name === 'isIn');
      // For arrays of codes the enum sits on the items.
      const apiEnum = api?.enum ?? (api?.items as { enum?: unknown } | undefined)?.enum;
      if (allowed) expect({ property, enum: apiEnum }).toEqual({ property, enum: [...(allowed.constraints[0] as string[])] });
      const maxItems = own.find((m) => m.name === 'arrayMaxSize');
      if (maxItems) expect({ property, maxItems: api?.maxItems }).toEqual({ property, maxItems: maxItems.constraints[0] });
    }
  });
});

@Controller('claims')
class DocsOnlyController {
  @Post('professional')
  @ApiBody({ type: professional.ProfessionalClaimDto })
  professional(@Body() body: unknown) {
    return body;
  }

  @Post('institutional')
  @ApiBody({ type: institutional.InstitutionalClaimDto })
  institutional(@Body() body: unknown) {
    return body;
  }

  @Post('dental')
  @ApiBody({ type: dental.DentalClaimDto })
  dental(@Body() body: unknown) {
    return body;
  }
}

describe('OpenAPI document', () => {
  let app: INestApplication;
  let document: OpenAPIObject;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [DocsOnlyController] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    document = SwaggerModule.createDocument(app, new DocumentBuilder().setTitle('claims').build());
  });
  afterAll(async () => {
    await app?.close();
  });

  it('describes the three request bodies and every object they reach', () => {
    const schemas = document.components?.schemas ?? {};
    for (const name of ['ProfessionalClaimDto', 'InstitutionalClaimDto', 'DentalClaimDto', 'ProfessionalServiceLineDto', 'OtherDiagnosisInformationDto']) {
      expect(schemas).toHaveProperty(name);
    }
    const claim = schemas.ProfessionalClaimDto as { required: string[]; properties: Record<string, Record<string, unknown>> };
    expect(claim.required).toEqual(expect.arrayContaining(['tradingPartnerServiceId', 'submitter', 'receiver', 'subscriber', 'claimInformation']));
    expect(claim.required).not.toContain('controlNumber');
    expect(claim.properties.controlNumber).toMatchObject({ pattern: '^\\d{9}$' });
  });

  it('keeps the element citation, limits and enums on fields', () => {
    const schemas = document.components?.schemas as Record<string, { properties: Record<string, Record<string, unknown>> }>;
    expect(schemas.ProfessionalClaimInformationDto.properties.patientControlNumber).toMatchObject({
      description: expect.stringContaining('CLM01'),
      maxLength: 20,
    });
    expect(schemas.ProfessionalClaimInformationDto.properties.placeOfServiceCode).toMatchObject({ enum: expect.arrayContaining(['11', '99']) });
    expect(schemas.ProfessionalClaimInformationDto.properties.healthCareCodeInformation).toMatchObject({ type: 'array', maxItems: 12 });
    expect(schemas.InstitutionalClaimInformationDto.properties.otherDiagnosisInformationList).toMatchObject({
      type: 'array',
      maxItems: 2,
      items: { type: 'array', maxItems: 12, items: { $ref: '#/components/schemas/OtherDiagnosisInformationDto' } },
    });
  });
});
