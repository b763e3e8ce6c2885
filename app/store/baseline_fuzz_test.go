package store

import (
	"bytes"
	"testing"
)

// FuzzDecodeBaseline feeds DecodeBaseline hostile bytes: it never panics,
// and a baseline that decodes encodes to bytes that decode to the same
// plan, stable from then on.
//
//	go test ./app/store -run '^$' -fuzz FuzzDecodeBaseline -fuzztime 20s
func FuzzDecodeBaseline(f *testing.F) {
	ws := fullWorkspace(&testing.T{})
	good, err := EncodeBaseline(ws, "seed", fixedNow)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte(`{"schema": 1, "name": "x", "savedAt": "2026-01-01T00:00:00Z", "product": {}}`))
	f.Add([]byte(`{"schema": 1, "name": "x", "savedAt": "2026-01-01T00:00:00Z", "product": {}, "items": [{"id": "item-x"}, {"id": "item-x"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		got, b, err := DecodeBaseline("baselines/f.json", data)
		if err != nil {
			return
		}
		once, err := EncodeBaseline(got, "f", b.SavedAt)
		if err != nil {
			t.Fatalf("a decoded baseline does not encode: %v", err)
		}
		again, _, err := DecodeBaseline("baselines/f.json", once)
		if err != nil {
			t.Fatalf("an encoded baseline does not decode: %v\n%s", err, once)
		}
		twice, err := EncodeBaseline(again, "f", b.SavedAt)
		if err != nil || !bytes.Equal(once, twice) {
			t.Fatalf("encoding is not stable: %v\n%s\n%s", err, once, twice)
		}
	})
}
