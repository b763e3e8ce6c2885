package app

// table holds the entities of one kind: a slice to iterate without a map's
// overhead, and a map from ID to position for lookups.
type table struct {
	pos  map[string]int
	list []Entity
	// gen counts the puts and deletions, so that a cache built from the
	// table can tell it is still current.
	gen uint64
}

func newTable() *table { return &table{pos: map[string]int{}} }

func (t *table) len() int { return len(t.list) }

func (t *table) get(id string) (Entity, bool) {
	p, ok := t.pos[id]
	if !ok {
		return nil, false
	}
	return t.list[p], true
}

func (t *table) has(id string) bool {
	_, ok := t.pos[id]
	return ok
}

// put adds e or replaces the entity with its ID.
func (t *table) put(e Entity) {
	id := e.EntityID()
	t.gen++
	if p, ok := t.pos[id]; ok {
		t.list[p] = e
		return
	}
	t.pos[id] = len(t.list)
	t.list = append(t.list, e)
}

// del removes the entity with the ID, moving the last one into its place.
func (t *table) del(id string) {
	p, ok := t.pos[id]
	if !ok {
		return
	}
	t.gen++
	last := len(t.list) - 1
	if p != last {
		t.list[p] = t.list[last]
		t.pos[t.list[p].EntityID()] = p
	}
	t.list[last] = nil
	t.list = t.list[:last]
	delete(t.pos, id)
}
