import { EntityManager, In } from 'typeorm';
import { DormitoryPhoto } from './dormitory-photo.entity';
import { DormitoryPhotoView } from './dto/dormitory-photo.dto';

/** The photos of the given findings or residence checks, oldest first, by owner id. */
export async function photosByOwner(
  manager: EntityManager,
  owner: 'findingId' | 'residenceCheckId',
  ids: string[],
): Promise<Map<string, DormitoryPhotoView[]>> {
  const byOwner = new Map<string, DormitoryPhotoView[]>(ids.map((id) => [id, []]));
  if (!ids.length) return byOwner;
  const photos = await manager.find(DormitoryPhoto, {
    where: { [owner]: In(ids) },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  for (const { id, fileName, contentType, sizeBytes, sha256, createdAt, ...owners } of photos) {
    byOwner.get(owners[owner]!)?.push({ id, fileName, contentType, sizeBytes, sha256, createdAt });
  }
  return byOwner;
}
