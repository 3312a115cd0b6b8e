package gointerp

import "testing"

// A named empty interface (`type Value any`) holds the values put in maps
// and slices of it: they were lost (a map[string]Value printed <nil>).
func TestNamedEmptyInterface(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Value any
func kind(v Value) string {
	switch v.(type) {
	case map[string]Value:
		return "object"
	case []Value:
		return "array"
	case string:
		return "string"
	}
	return "other"
}`)
	if got := value(t, in, `doc := map[string]Value{"tags": []Value{"go"}, "name": "g"}
fmt.Sprint(kind(doc), " ", kind(doc["tags"]), " ", kind(doc["name"]), " ", doc["name"])`); got != "object array string g" {
		t.Errorf("got %s, want object array string g", got)
	}
}
