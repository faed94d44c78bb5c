/**
 * The part of `kustomize build` that deploy/kubernetes uses, so CI can build the overlay without the
 * kustomize binary: `resources` (files and directories with their own kustomization.yaml), `namespace`,
 * `images` (newName, newTag) and `patches` given inline as JSON 6902 operations with a `target` of kind
 * and name. Any other field of a kustomization is refused rather than ignored, so a manifest never
 * relies on a feature this build would silently skip. (Checked against `kubectl kustomize` v5.5: the
 * same objects.)
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

interface Kustomization {
  resources?: string[];
  namespace?: string;
  images?: { name: string; newName?: string; newTag?: string }[];
  patches?: { target: { kind: string; name: string }; patch: string }[];
}

const SUPPORTED = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'images', 'patches']);
/** Kinds without a namespace among those a kustomization of ours may hold. */
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'IngressClass', 'StorageClass', 'PriorityClass']);

export function kustomizeBuild(dir: string): KubernetesObject[] {
  const file = join(dir, 'kustomization.yaml');
  const k = parse(readFileSync(file, 'utf8')) as Kustomization & Record<string, unknown>;
  const unsupported = Object.keys(k).filter((key) => !SUPPORTED.has(key));
  if (unsupported.length) throw new Error(`${file}: ${unsupported.join(', ')} not supported by scripts/kustomize.ts`);
  let objects: KubernetesObject[] = [];
  for (const resource of k.resources ?? []) {
    const path = join(dir, resource);
    if (statSync(path).isDirectory()) objects.push(...kustomizeBuild(path));
    else objects.push(...parseAllDocuments(readFileSync(path, 'utf8')).map((d) => d.toJS() as KubernetesObject).filter(Boolean));
  }
  for (const { target, patch } of k.patches ?? []) {
    const matching = objects.filter((o) => o.kind === target.kind && o.metadata.name === target.name);
    if (!matching.length) throw new Error(`${file}: the patch of ${target.kind} ${target.name} matches nothing`);
    objects = objects.map((o) => (matching.includes(o) ? applyJson6902(o, parse(patch)) : o));
  }
  if (k.namespace) for (const o of objects) if (!CLUSTER_SCOPED.has(o.kind)) o.metadata.namespace = k.namespace;
  for (const image of k.images ?? []) for (const o of objects) for (const container of containersOf(o)) retag(container, image);
  return objects;
}

function containersOf(o: KubernetesObject): { image?: string }[] {
  const template = (o.spec as { template?: { spec?: Record<string, unknown> } } | undefined)?.template?.spec;
  if (!template) return [];
  return [...((template.initContainers as { image?: string }[]) ?? []), ...((template.containers as { image?: string }[]) ?? [])];
}

function retag(container: { image?: string }, image: { name: string; newName?: string; newTag?: string }) {
  if (!container.image) return;
  const [, name, tag] = /^(.*?)(?::([^:/@]+))?$/.exec(container.image)!;
  if (name !== image.name) return;
  container.image = `${image.newName ?? name}${image.newTag ? `:${image.newTag}` : tag ? `:${tag}` : ''}`;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** RFC 6902 add, replace and remove (what kustomize's JSON patches of ours use), on a copy. */
export function applyJson6902<T>(document: T, operations: { op: string; path: string; value?: Json }[]): T {
  const copy = structuredClone(document) as Json;
  for (const { op, path, value } of operations) {
    const keys = path.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = keys.pop()!;
    let parent = copy as Record<string, Json> | Json[];
    for (const key of keys) {
      const next = (parent as Record<string, Json>)[key];
      if (next === undefined || next === null || typeof next !== 'object') throw new Error(`patch ${op} ${path}: ${key} is not there`);
      parent = next as Record<string, Json> | Json[];
    }
    if (Array.isArray(parent)) {
      const index = last === '-' ? parent.length : Number(last);
      if (!Number.isInteger(index) || index < 0 || index > parent.length || (op !== 'add' && index === parent.length)) throw new Error(`patch ${op} ${path}: no element ${last}`);
      if (op === 'add') parent.splice(index, 0, value!);
      else if (op === 'replace') parent[index] = value!;
      else if (op === 'remove') parent.splice(index, 1);
      else throw new Error(`patch ${op} ${path}: only add, replace and remove are supported`);
    } else {
      if (op !== 'add' && !(last in parent)) throw new Error(`patch ${op} ${path}: ${last} is not there`);
      if (op === 'add' || op === 'replace') parent[last] = value!;
      else if (op === 'remove') delete parent[last];
      else throw new Error(`patch ${op} ${path}: only add, replace and remove are supported`);
    }
  }
  return copy as T;
}
