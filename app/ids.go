package app

import (
	"crypto/rand"
	"fmt"
	mrand "math/rand/v2"
	"regexp"
	"strings"
)

// IDSource produces the random part of new entity IDs.
type IDSource interface {
	// Uint64 returns a random number.
	Uint64() uint64
}

// cryptoSource draws IDs from crypto/rand.
type cryptoSource struct{}

func (cryptoSource) Uint64() uint64 {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(fmt.Sprintf("crypto/rand: %v", err)) // never returns an error on supported platforms
	}
	var v uint64
	for _, c := range b {
		v = v<<8 | uint64(c)
	}
	return v
}

// SeededIDs returns a deterministic IDSource, for tests and generated samples.
func SeededIDs(seed uint64) IDSource { return mrand.New(mrand.NewPCG(seed, seed^0x9e3779b97f4a7c15)) }

// idAlphabet is lowercase Crockford base32: no i, l, o, u, so IDs are
// unambiguous to read and identical on case-insensitive file systems.
const idAlphabet = "0123456789abcdefghjkmnpqrstvwxyz"

// idRandLen is the number of random characters in an ID (40 bits).
const idRandLen = 8

var kindPrefix = map[Kind]string{
	KindPersona:    "persona",
	KindGoal:       "goal",
	KindCompetitor: "comp",
	KindRisk:       "risk",
	KindLane:       "lane",
	KindInitiative: "init",
	KindMilestone:  "ms",
	KindRelease:    "rel",
	KindItem:       "item",
	KindInsight:    "insight",
}

// newID returns a fresh ID for kind, never built from user text: a kind prefix
// and random characters, for example "item-7f3k9q2m".
func newID(src IDSource, kind Kind) string {
	v := src.Uint64()
	var b strings.Builder
	b.WriteString(kindPrefix[kind])
	b.WriteByte('-')
	for range idRandLen {
		b.WriteByte(idAlphabet[v&31])
		v >>= 5
	}
	return b.String()
}

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,62}[a-z0-9]$`)

// windowsReserved are device names Windows refuses as file names, with any extension.
var windowsReserved = map[string]bool{
	"con": true, "prn": true, "aux": true, "nul": true,
	"com1": true, "com2": true, "com3": true, "com4": true, "com5": true, "com6": true, "com7": true, "com8": true, "com9": true,
	"lpt1": true, "lpt2": true, "lpt3": true, "lpt4": true, "lpt5": true, "lpt6": true, "lpt7": true, "lpt8": true, "lpt9": true,
}

// CheckID reports whether id is usable as an entity ID: 2–64 characters of
// lowercase letters, digits and inner hyphens, and not a name Windows
// reserves. Such an ID is a safe file name on every OS and cannot leave its
// folder.
func CheckID(id string) error {
	if !idPattern.MatchString(id) {
		return fmt.Errorf("ID %q: want 2–64 lowercase letters, digits and inner hyphens", id)
	}
	if windowsReserved[id] {
		return fmt.Errorf("ID %q: a device name reserved by Windows", id)
	}
	return nil
}
