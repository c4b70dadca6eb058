// Middagtoezicht in the editor (scenario.lunchSupervision, staff.flags.lunchSupervisor): adding and removing
// lunch posts, a post's days, and who may supervise by default. Pure: no DOM, no React.
import { maySuperviseLunch } from "../../../src/model/lunch.js";
import { listOf, type Draft, type Item } from "./context.js";
import { uniqueId } from "./ids.js";

const postsOf = (d: Draft): Item[] => (Array.isArray(d.lunchSupervision?.posts) ? d.lunchSupervision.posts : []);

/** A new post at the end of the list (the first one starts lunchSupervision). */
export function addLunchPost(d: Draft, name: string): Draft {
  const posts = postsOf(d);
  const id = uniqueId(
    name,
    posts.map((p) => String(p.id)),
    "post",
  );
  return { ...d, lunchSupervision: { ...d.lunchSupervision, posts: [...posts, { id, name, supervisors: 1 }] } };
}

/** Without post k; without the last post there is no lunch supervision at all (and no maxPerWeek). */
export function removeLunchPost(d: Draft, k: number): Draft {
  const posts = postsOf(d).filter((_, j) => j !== k);
  if (posts.length > 0) return { ...d, lunchSupervision: { ...d.lunchSupervision, posts } };
  const { lunchSupervision: _gone, ...rest } = d;
  return rest;
}

/** Does this scenario have lunch posts (then each person's "Middagtoezicht" choice matters)? */
export const hasLunchPosts = (d: Draft) => postsOf(d).length > 0;

/** Would this person take lunch posts when flags.lunchSupervisor is left empty? (src/model/lunch.ts) */
export function supervisesByDefault(d: Draft, p: Item): boolean {
  const groups = listOf(d, "groups").map((g) => ({
    ...g,
    classTeachers: Array.isArray(g.classTeachers) ? g.classTeachers : [],
  }));
  const { lunchSupervisor: _own, ...flags } = p.flags && typeof p.flags === "object" ? p.flags : {};
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return maySuperviseLunch({ groups } as any, { ...p, flags } as any);
}
