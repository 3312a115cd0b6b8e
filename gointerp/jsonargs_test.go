package gointerp

import "testing"

// A named non-struct type with methods held in an any was marshalled by
// encoding/json as {} (yaegi's wrapper).
func TestJSONOfValuesHeldInAny(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Level int`, `func (l Level) String() string { return [...]string{"low", "high"}[l] }`)
	cases := map[string]string{
		`func() string { b, _ := json.Marshal(map[string]any{"level": Level(1), "n": 2}); return string(b) }()`:        `{"level":1,"n":2}`,
		`func() string { b, _ := json.Marshal([]any{Level(0), "x", nil}); return string(b) }()`:                        `[0,"x",null]`,
		`func() string { var m map[string]any; b, _ := json.Marshal(m); return string(b) }()`:                          `null`,
		`func() string { var sb strings.Builder; json.NewEncoder(&sb).Encode([]any{Level(1)}); return sb.String() }()`: "[1]\n",
	}
	for src, want := range cases {
		if got := value(t, in, src); got != want {
			t.Errorf("%s\ngot %s, want %s", src, got, want)
		}
	}
}

// Embedded struct fields in JSON, written and read as Go does: yaegi's
// types cannot mark them embedded, so json wrote {"Base":{"id":1},...}
// and Unmarshal left the embedded fields unset.
func TestEmbeddedStructsInJSON(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Base struct {
	ID      int    `+"`json:\"id\"`"+`
	Created string `+"`json:\"created,omitempty\"`"+`
}
type meta struct{ Source string }
type User struct {
	Base
	meta
	Name string `+"`json:\"name\"`"+`
}
type Team struct {
	Members []User `+"`json:\"members\"`"+`
	Lead    *User  `+"`json:\"lead,omitempty\"`"+`
}`)
	checks := []struct{ expr, want string }{
		{`func() string { b, err := json.Marshal(User{Base: Base{ID: 1}, Name: "ann"}); return fmt.Sprint(string(b), err) }()`,
			`{"id":1,"Source":"","name":"ann"}<nil>`},
		{`func() string { var u User; err := json.Unmarshal([]byte(` + "`" + `{"id":7,"name":"bob","Source":"api"}` + "`" + `), &u); return fmt.Sprintln(u.ID, u.Name, u.Source, err) }()`,
			"7 bob api <nil>\n"},
		{`func() string { var t Team; err := json.NewDecoder(strings.NewReader(` + "`" + `{"members":[{"id":5}],"lead":{"id":9,"name":"l"}}` + "`" + `)).Decode(&t); return fmt.Sprintln(t.Members[0].ID, t.Lead.ID, t.Lead.Name, err) }()`,
			"5 9 l <nil>\n"},
		{`func() string { var b strings.Builder; json.NewEncoder(&b).Encode([]any{Team{Members: []User{{Name: "m"}}}}); return b.String() }()`,
			`[{"members":[{"id":0,"Source":"","name":"m"}]}]` + "\n"},
	}
	for _, c := range checks {
		if got := value(t, in, c.expr); got != c.want {
			t.Errorf("%s\n = %s\nwant %s", c.expr, got, c.want)
		}
	}
}

// MarshalJSON, MarshalText and UnmarshalJSON methods of the session's
// types were never called by encoding/json (reflect has no methods of
// yaegi's types): a Level wrote 1, a Color its fields, and "warn" did not
// decode.
func TestJSONMethodsOfSessionTypes(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Level int
func (l Level) MarshalJSON() ([]byte, error) { return json.Marshal([]string{"info", "warn"}[l]) }
func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	switch s {
	case "info":
		*l = 0
	case "warn":
		*l = 1
	default:
		return fmt.Errorf("unknown level %q", s)
	}
	return nil
}
type Color struct{ R, G, B uint8 }
func (c Color) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)), nil }
type Event struct {
	Msg   string `+"`json:\"msg\"`"+`
	Level Level  `+"`json:\"level\"`"+`
	Tint  *Color `+"`json:\"tint,omitempty\"`"+`
	Count int    `+"`json:\"count,omitempty\"`"+`
}`)
	checks := []struct{ expr, want string }{
		{`func() string { b, err := json.Marshal([]Event{{Msg: "a", Level: 1, Tint: &Color{255, 0, 16}}, {Msg: "b"}}); return fmt.Sprint(string(b), err) }()`,
			`[{"msg":"a","level":"warn","tint":"#ff0010"},{"msg":"b","level":"info"}]<nil>`},
		{`func() string { b, _ := json.Marshal(map[string]Level{"x": 1}); return string(b) }()`, `{"x":"warn"}`},
		{`func() string { var back []Event; err := json.Unmarshal([]byte(` + "`" + `[{"msg":"z","level":"warn"},{"MSG":"y","level":"info","count":3}]` + "`" + `), &back); return fmt.Sprintln(back[0].Msg, back[0].Level, back[1].Msg, back[1].Level, back[1].Count, err) }()`,
			"z 1 y 0 3 <nil>\n"},
		{`func() string { var e Event; return json.NewDecoder(strings.NewReader(` + "`" + `{"level":"loud"}` + "`" + `)).Decode(&e).Error() }()`, `unknown level "loud"`},
	}
	for _, c := range checks {
		if got := value(t, in, c.expr); got != c.want {
			t.Errorf("%s\n = %s\nwant %s", c.expr, got, c.want)
		}
	}
}

// MarshalJSON methods of values held in an empty interface: a named type
// with methods in a map[string]any, a []Level and a []Reading (whose field
// has the method) in a literal marshalled in place, and a standard type
// beside them. They were written without their methods.
func TestJSONMethodsInsideAny(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Level int
func (l Level) MarshalJSON() ([]byte, error) { return json.Marshal([]string{"debug", "error"}[l]) }
type Celsius float64
func (c Celsius) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf("\"%.1fC\"", float64(c))), nil }
type Reading struct {
	Sensor string  `+"`json:\"sensor\"`"+`
	Temp   Celsius `+"`json:\"temp\"`"+`
}`)
	got := value(t, in, `lvl := Level(1)
when := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
rows := []Reading{{"a", 21.25}}
doc := map[string]any{"level": lvl, "rows": rows, "when": when}
b1, _ := json.Marshal(doc)
b2, _ := json.Marshal(map[string]any{"levels": []Level{0, 1}})
string(b1) + " " + string(b2)`)
	want := `{"level":"error","rows":[{"sensor":"a","temp":"21.2C"}],"when":"2024-01-02T03:04:05Z"} {"levels":["debug","error"]}`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// A field json cannot decode is named with its struct's name, as in Go:
// yaegi's struct types have no name to reflect (".version").
func TestJSONTypeErrorNamesTheStruct(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Meta struct {
	Version int `+"`json:\"version\"`"+`
}
type Dataset struct {
	Name string `+"`json:\"name\"`"+`
	Meta Meta   `+"`json:\"meta\"`"+`
	Rows int
}`)
	mustRun(t, in, `var d Dataset`)
	_, io := mustRun(t, in, `err := json.Unmarshal([]byte(`+"`{\"meta\":{\"version\":\"x\"}}`"+`), &d)
fmt.Println(err)
err = json.Unmarshal([]byte(`+"`{\"Rows\":\"y\"}`"+`), &d)
fmt.Println(err)`)
	want := "json: cannot unmarshal string into Go struct field Meta.meta.version of type int\n" +
		"json: cannot unmarshal string into Go struct field Dataset.Rows of type int\n"
	if got := io.stream("stdout"); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// UnmarshalText of a field's type (a status enum decoded from its name),
// and the field's name in a type error when a hook decodes the struct.
func TestJSONUnmarshalTextAndFieldErrors(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Status int
var names = map[Status]string{0: "pending", 1: "active"}
func (s Status) MarshalText() ([]byte, error) { return []byte(names[s]), nil }
func (s *Status) UnmarshalText(b []byte) error {
	for k, v := range names {
		if v == string(b) {
			*s = k
			return nil
		}
	}
	return fmt.Errorf("unknown status %q", b)
}
type Customer struct {
	ID     int    `+"`json:\"id\"`"+`
	Status Status `+"`json:\"status\"`"+`
}
func decode(s string) string {
	var c Customer
	err := json.Unmarshal([]byte(s), &c)
	return fmt.Sprint(c.ID, " ", c.Status == 1, " ", err)
}`)
	for cell, want := range map[string]string{
		`decode(` + "`" + `{"id":2,"status":"active"}` + "`" + `)`: "2 true <nil>",
		`decode(` + "`" + `{"status":"frozen"}` + "`" + `)`:        `0 false unknown status "frozen"`,
		`decode(` + "`" + `{"id":"four"}` + "`" + `)`:              "0 false json: cannot unmarshal string into Go struct field Customer.id of type int",
	} {
		if got := value(t, in, cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
}

// Polymorphic JSON: a `type Shapes []Shape` with MarshalJSON and
// UnmarshalJSON, inside a struct marshalled through the Shape interface
// (a group of shapes): the group's items were written as {}.
func TestJSONMethodsThroughCellInterface(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Shape interface{ Kind() string }
type Rect struct{ W int `+"`json:\"w\"`"+` }
type Group struct {
	Name  string `+"`json:\"name\"`"+`
	Items Shapes `+"`json:\"items\"`"+`
}
func (Rect) Kind() string  { return "rect" }
func (Group) Kind() string { return "group" }
type Shapes []Shape
type envelope struct {
	Type string          `+"`json:\"type\"`"+`
	Data json.RawMessage `+"`json:\"data\"`"+`
}
func (ss Shapes) MarshalJSON() ([]byte, error) {
	var envs []envelope
	for _, s := range ss {
		b, err := json.Marshal(s)
		if err != nil {
			return nil, err
		}
		envs = append(envs, envelope{s.Kind(), b})
	}
	return json.Marshal(envs)
}`)
	got := value(t, in, `b, err := json.Marshal(Shapes{Rect{1}, Group{"g", Shapes{Rect{2}}}})
fmt.Sprint(string(b), err)`)
	if want := `[{"type":"rect","data":{"w":1}},{"type":"group","data":{"name":"g","items":[{"type":"rect","data":{"w":2}}]}}]<nil>`; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// A MarshalJSON method of a type declared as another package's
// (`type Duration time.Duration`) is called for a field.
func TestJSONMethodOfTypeOverForeignType(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `import ("encoding/json"; "time")
type Duration time.Duration
func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(time.Duration(d).String()) }
type Inc struct {
	ID  string   `+"`json:\"id\"`"+`
	TTR Duration `+"`json:\"ttr\"`"+`
}`)
	if got := value(t, in, `b, err := json.Marshal(Inc{"a", Duration(90 * time.Second)}); fmt.Sprint(string(b), err)`); got != `{"id":"a","ttr":"1m30s"}<nil>` {
		t.Errorf("got %q", got)
	}
}

// A decoder's UseNumber holds where hooks decode the value (a field with
// UnmarshalJSON): numbers in a map[string]any stay json.Number.
func TestJSONDecoderUseNumberWithHooks(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `import ("encoding/json"; "strings")
type Flex int
func (f *Flex) UnmarshalJSON(b []byte) error { *f = Flex(len(b)); return nil }
type P struct {
	N     Flex           `+"`json:\"n\"`"+`
	Attrs map[string]any `+"`json:\"attrs\"`"+`
}`)
	if got := value(t, in, `dec := json.NewDecoder(strings.NewReader(`+"`"+`{"n":"abc","attrs":{"dpi":16000}}`+"`"+`))
dec.UseNumber()
var p P
err := dec.Decode(&p)
fmt.Sprintf("%v %T %v", p.N, p.Attrs["dpi"], err)`); got != "5 json.Number <nil>" {
		t.Errorf("got %q", got)
	}
}

// A decoder's DisallowUnknownFields holds where hooks decode the value,
// and the first error in the document's order is the one returned.
func TestJSONDecoderStrictWithHooks(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `import ("encoding/json"; "strings")
type Flex int
func (f *Flex) UnmarshalJSON(b []byte) error { *f = Flex(len(b)); return nil }
type P struct {
	N    Flex   `+"`json:\"n\"`"+`
	Name string `+"`json:\"name\"`"+`
}
func decode(s string) error {
	dec := json.NewDecoder(strings.NewReader(s))
	dec.DisallowUnknownFields()
	var p P
	return dec.Decode(&p)
}`)
	if got := value(t, in, `fmt.Sprint(decode(`+"`"+`{"n":1,"owner":"x","name":5}`+"`"+`), " / ", decode(`+"`"+`{"n":1,"name":"a"}`+"`"+`))`); got != `json: unknown field "owner" / <nil>` {
		t.Errorf("got %q", got)
	}
}

// Map keys of a type with MarshalText and UnmarshalText, a struct with
// MarshalJSON held in an any, and omitzero: json used the keys' numbers,
// the struct's fields, and wrote the zero field.
func TestJSONMapKeysStructsInAnyAndOmitzero(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Prio int
var prioNames = []string{"low", "high"}
func (p Prio) MarshalText() ([]byte, error) { return []byte(prioNames[p]), nil }
func (p *Prio) UnmarshalText(b []byte) error {
	for i, n := range prioNames {
		if n == string(b) {
			*p = Prio(i)
			return nil
		}
	}
	return fmt.Errorf("bad prio %q", b)
}
type Span struct{ time.Duration }
func (s Span) MarshalJSON() ([]byte, error) { return json.Marshal(s.String()) }
type Job struct {
	ID    string  `+"`json:\"id\"`"+`
	Every Span    `+"`json:\"every,omitzero\"`"+`
	Count map[Prio]int `+"`json:\"count\"`"+`
}`)
	got := value(t, in, `b1, _ := json.Marshal(Job{ID: "a", Count: map[Prio]int{0: 1, 1: 2}})
b2, _ := json.Marshal(map[string]any{"every": Span{90 * time.Second}})
var back map[Prio]int
err := json.Unmarshal([]byte(`+"`"+`{"high": 5, "low": 1}`+"`"+`), &back)
err2 := json.Unmarshal([]byte(`+"`"+`{"mid": 5}`+"`"+`), &back)
fmt.Sprint(string(b1), " ", string(b2), " ", back[1], back[0], err, " ", err2)`)
	want := `{"id":"a","count":{"high":2,"low":1}} {"every":"1m30s"} 5 1 <nil> bad prio "mid"`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// A struct decoded through a cell's interface: json's type error names
// the struct, as Go's does (it named "" for yaegi's struct type).
func TestJSONTypeErrorThroughInterface(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Event interface{ Kind() string }
type Deposit struct {
	ID     int     `+"`json:\"id\"`"+`
	Amount float64 `+"`json:\"amount\"`"+`
}
func (d *Deposit) Kind() string { return "deposit" }`)
	got := value(t, in, `var ev Event = &Deposit{}
err := json.Unmarshal([]byte(`+"`"+`{"id": 1, "amount": "x"}`+"`"+`), ev)
err.Error()`)
	if want := "json: cannot unmarshal string into Go struct field Deposit.amount of type float64"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
