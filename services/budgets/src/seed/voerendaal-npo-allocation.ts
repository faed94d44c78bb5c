import type { AllocationTerm, FundingAllocation } from '../entities';

/**
 * Seed 004 §2 "NPO-middelen voor Voerendaal": 931 PO-leerlingen × € 118,11 = 109.960,41 and
 * achterstandsscore 145,655 × € 22,64, printed as "3.300,-" (the formula gives 3.297,63); the total
 * is printed as "€ 113.258,-". Kept as printed; the API computes its own amounts from the formula.
 */
export const VOERENDAAL_NPO_ALLOCATION: FundingAllocation = {
  id: 'voerendaal-npo',
  municipalityCode: 'GM0986',
  fundingStreamCode: 'NPO',
  periodStart: '2021-08-01',
  periodEnd: '2023-07-31',
  statedTotal: '113258',
  paymentNote:
    'Maandelijkse betalingen over de periode van 1 augustus 2021 tot en met 31 juli 2023. In december 2021 ' +
    'is de eerste betaling, voor de maanden augustus tot en met december 2021. De laatste betaling is in juli 2023.',
  firstPaymentMonth: '2021-12-01',
};

export const VOERENDAAL_NPO_TERMS: AllocationTerm[] = [
  { allocationId: 'voerendaal-npo', position: 1, label: 'Leerlingen primair onderwijs', quantity: '931', rate: '118.11', statedAmount: '109960.41' },
  { allocationId: 'voerendaal-npo', position: 2, label: 'Achterstandsscore', quantity: '145.655', rate: '22.64', statedAmount: '3300' },
];
