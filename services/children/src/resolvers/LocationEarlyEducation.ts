import type { LocationCell } from '../published-figures';

export const LocationEarlyEducation = {
  location: (cell: LocationCell) => ({ id: cell.locationId }),
  municipality: (cell: LocationCell) => ({ code: cell.code }),
};
