// Writes docs/data-contract.md from the contract declaration (npm run docs:contract).
import { writeFileSync } from 'node:fs';
import { renderContractDocs } from '../src/data/contract-docs.ts';

writeFileSync('docs/data-contract.md', renderContractDocs());
console.error('wrote docs/data-contract.md');
