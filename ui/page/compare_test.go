package page

import (
	"testing"

	"canopy/app"
)

// TestComparing: the followers hear each comparison set and stopped, until
// the environment closes; a nil Comparing compares with nothing.
func TestComparing(t *testing.T) {
	var none *Comparing
	if none.Current() != nil {
		t.Fatal("a nil Comparing compares")
	}
	(&Env{WS: app.NewWorkspace(app.Product{Name: "P"})}).FollowCompare(func(*Comparison) { t.Error("called without a Compare") })

	env := &Env{WS: app.NewWorkspace(app.Product{Name: "P"}), Compare: &Comparing{}}
	var heard []string
	env.FollowCompare(func(c *Comparison) {
		if c == nil {
			heard = append(heard, "stop")
		} else {
			heard = append(heard, c.Name)
		}
	})
	for _, tt := range []struct {
		set  *Comparison
		want int
	}{{&Comparison{Name: "q1"}, 1}, {&Comparison{Name: "q2"}, 2}, {nil, 3}} {
		env.Compare.Set(tt.set)
		if len(heard) != tt.want || env.Compare.Current() != tt.set {
			t.Fatalf("after %+v: heard %v, current %+v", tt.set, heard, env.Compare.Current())
		}
	}
	if heard[0] != "q1" || heard[1] != "q2" || heard[2] != "stop" {
		t.Errorf("heard %v", heard)
	}
	env.Close()
	env.Compare.Set(&Comparison{Name: "q3"})
	if len(heard) != 3 {
		t.Errorf("heard %v after Close", heard)
	}
}
