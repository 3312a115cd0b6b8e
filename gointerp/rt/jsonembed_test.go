package rt

import (
	"encoding/json"
	"reflect"
	"testing"
)

// structOf builds a struct type as yaegi does for a cell: embedded fields
// are plain fields, tagged by the kernel.
func structOf(fields ...reflect.StructField) reflect.Type { return reflect.StructOf(fields) }

func field(name string, t reflect.Type, tag string) reflect.StructField {
	return reflect.StructField{Name: name, Type: t, Tag: reflect.StructTag(tag)}
}

func TestEmbeddedFieldsInJSON(t *testing.T) {
	base := structOf(field("ID", reflect.TypeFor[int](), `json:"id"`), field("Note", reflect.TypeFor[string](), `json:"note,omitempty"`))
	audit := structOf(field("By", reflect.TypeFor[string](), ``), field("Label", reflect.TypeFor[string](), `json:"name"`))
	user := structOf(
		field("Base", base, `spargo:"embed"`),
		field("Audit", reflect.PointerTo(audit), `spargo:"embed"`),
		field("Name", reflect.TypeFor[string](), `json:"name"`),
	)
	u := reflect.New(user).Elem()
	u.Field(0).Field(0).SetInt(1)
	u.Field(2).SetString("ann")
	b, err := json.Marshal(JSONPlain(u.Interface()))
	// Audit is nil: its fields are omitted.
	if want := `{"id":1,"name":"ann"}`; err != nil || string(b) != want {
		t.Errorf("Marshal = %s, %v; want %s", b, err, want)
	}
	list := reflect.MakeSlice(reflect.SliceOf(user), 1, 1)
	list.Index(0).Set(u)
	list.Index(0).Field(1).Set(reflect.New(audit))
	list.Index(0).Field(1).Elem().Field(0).SetString("ops")
	b, err = json.Marshal(JSONPlain(list.Interface()))
	// name: the shallower field wins over Audit's Label.
	if want := `[{"id":1,"By":"ops","name":"ann"}]`; err != nil || string(b) != want {
		t.Errorf("Marshal of a slice = %s, %v; want %s", b, err, want)
	}
	// Two tagged fields of one key at one depth: neither is written.
	other := structOf(field("Key", reflect.TypeFor[int](), `json:"id"`))
	both := reflect.New(structOf(field("Base", base, `spargo:"embed"`), field("Other", other, `spargo:"embed"`))).Elem()
	if b, err = json.Marshal(JSONPlain(both.Interface())); err != nil || string(b) != `{}` {
		t.Errorf("Marshal of a conflict = %s, %v; want {}", b, err)
	}

	p := reflect.New(user)
	p.Elem().Field(2).SetString("kept")
	if err := JSONUnmarshal([]byte(`{"id":7,"note":"n","By":"me"}`), p.Interface()); err != nil {
		t.Fatal(err)
	}
	got := p.Elem()
	if got.Field(0).Field(0).Int() != 7 || got.Field(0).Field(1).String() != "n" || got.Field(2).String() != "kept" ||
		got.Field(1).IsNil() || got.Field(1).Elem().Field(0).String() != "me" {
		t.Errorf("Unmarshal gave %+v", got.Interface())
	}
}
