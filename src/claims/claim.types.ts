// The claim document types live in the framework-free X12 library; intake re-exports them.
export * from '../x12/claim-json/claim-document';
