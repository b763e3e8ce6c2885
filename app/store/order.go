package store

import (
	"os"
	"path/filepath"

	"canopy/app"
)

// sameKindRefs returns the entities of its own kind that e refers to: an
// item's or an initiative's dependencies. References to other kinds are
// ordered by app.Kinds.
func sameKindRefs(e app.Entity) []app.Key {
	var ids []string
	switch v := e.(type) {
	case *app.Item:
		ids = v.DependsOn
	case *app.Initiative:
		ids = v.DependsOn
	default:
		return nil
	}
	out := make([]app.Key, len(ids))
	for i, id := range ids {
		out[i] = app.Key{Kind: e.EntityKind(), ID: id}
	}
	return out
}

// referredFirst reorders keys, sorted by compareKeys, so that every key
// comes after the keys of the set it refers to (refs), keeping the sorted
// order otherwise. A cycle (a hand edit, a merge) is broken anywhere.
func referredFirst(keys []app.Key, refs func(app.Key) []app.Key) []app.Key {
	in := make(map[app.Key]bool, len(keys))
	for _, k := range keys {
		in[k] = true
	}
	done := make(map[app.Key]bool, len(keys))
	out := make([]app.Key, 0, len(keys))
	var visit func(k app.Key)
	visit = func(k app.Key) {
		if done[k] {
			return
		}
		done[k] = true
		for _, r := range refs(k) {
			if in[r] {
				visit(r)
			}
		}
		out = append(out, k)
	}
	for _, k := range keys {
		visit(k)
	}
	return out
}

// orderPuts orders the files a save writes: by kind (app.Kinds), and within
// a kind a file another one refers to first.
func orderPuts(ws *app.Workspace, puts []pending) []pending {
	by := make(map[app.Key]pending, len(puts))
	keys := make([]app.Key, len(puts))
	for i, p := range puts {
		by[p.key] = p
		keys[i] = p.key
	}
	keys = referredFirst(keys, func(k app.Key) []app.Key {
		e, _ := ws.Get(k)
		return sameKindRefs(e)
	})
	out := puts[:0]
	for _, k := range keys {
		out = append(out, by[k])
	}
	return out
}

// orderDels orders the files a save removes: the reverse of the write
// order, so a file is removed before the ones it referred to (read from
// disk, as the entity is gone from memory).
func (s *Store) orderDels(dels []app.Key) []app.Key {
	keys := referredFirst(dels, func(k app.Key) []app.Key {
		if k.Kind != app.KindItem && k.Kind != app.KindInitiative {
			return nil
		}
		data, err := os.ReadFile(filepath.Join(s.dir, filepath.FromSlash(Path(k))))
		if err != nil {
			return nil
		}
		e := newEntity(k.Kind)
		if decodeJSON(Path(k), data, e) != nil {
			return nil
		}
		return sameKindRefs(e)
	})
	for i, j := 0, len(keys)-1; i < j; i, j = i+1, j-1 {
		keys[i], keys[j] = keys[j], keys[i]
	}
	return keys
}
