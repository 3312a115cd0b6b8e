package display

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"image"
	"image/color"
	"reflect"
	"strings"
	"testing"
)

type shown struct {
	data   map[string]any
	id     string
	update bool
}

type fakePub struct {
	shows   []shown
	clears  []bool
	prompts []string
	secret  []bool
}

func (p *fakePub) Display(data, _ map[string]any, id string, update bool) {
	p.shows = append(p.shows, shown{data, id, update})
}
func (p *fakePub) Clear(wait bool) { p.clears = append(p.clears, wait) }
func (p *fakePub) Input(prompt string, password bool) (string, error) {
	p.prompts = append(p.prompts, prompt)
	p.secret = append(p.secret, password)
	return "answer", nil
}

func TestJSONBundle(t *testing.T) {
	b, err := JSONBundle(map[string]any{"a": 1, "b": []string{"x"}})
	if err != nil {
		t.Fatal(err)
	}
	obj, ok := b["application/json"].(map[string]any)
	if !ok {
		t.Fatalf("application/json is %T, want a JSON object (map)", b["application/json"])
	}
	if obj["a"] != float64(1) || !reflect.DeepEqual(obj["b"], []any{"x"}) {
		t.Errorf("application/json = %#v", obj)
	}
	text, _ := b["text/plain"].(string)
	var back map[string]any
	if err := json.Unmarshal([]byte(text), &back); err != nil || !reflect.DeepEqual(back, obj) {
		t.Errorf("text/plain is not the JSON: %q (%v)", text, err)
	}
	type S struct {
		Name string `json:"name"`
	}
	b, err = JSONBundle(S{"n"})
	if err != nil || !reflect.DeepEqual(b["application/json"], map[string]any{"name": "n"}) {
		t.Errorf("struct JSON = %#v, %v", b, err)
	}
	b, err = JSONBundle([]int{1, 2})
	if err != nil || !reflect.DeepEqual(b["application/json"], []any{float64(1), float64(2)}) {
		t.Errorf("array JSON = %#v, %v", b, err)
	}
	if _, err := JSONBundle(make(chan int)); err == nil || !strings.Contains(err.Error(), "display.JSON") {
		t.Errorf("unmarshalable value: err = %v", err)
	}
}

func TestImageBundle(t *testing.T) {
	raw := []byte{0x89, 'P', 'N', 'G', 0, 1, 2}
	b := ImageBundle("image/png", raw)
	s, ok := b["image/png"].(string)
	if !ok {
		t.Fatalf("image/png is %T, want a base64 string", b["image/png"])
	}
	dec, err := base64.StdEncoding.DecodeString(s)
	if err != nil || !bytes.Equal(dec, raw) {
		t.Errorf("base64 round trip: %v, %v", dec, err)
	}
	if !strings.Contains(b["text/plain"].(string), "7 bytes") {
		t.Errorf("text/plain = %q", b["text/plain"])
	}
}

func TestBundles(t *testing.T) {
	h := HTMLBundle("<b>x</b>")
	if h["text/html"] != "<b>x</b>" || h["text/plain"] == nil {
		t.Errorf("HTMLBundle = %v", h)
	}
	m := MarkdownBundle("*x*")
	if m["text/markdown"] != "*x*" || m["text/plain"] != "*x*" {
		t.Errorf("MarkdownBundle = %v", m)
	}
}

func TestDisplayShowUpdates(t *testing.T) {
	p := &fakePub{}
	d := &Display{ID: "id1", pub: p}
	d.HTML("<i>1</i>")
	d.Markdown("2")
	d.Text("3")
	if len(p.shows) != 3 {
		t.Fatalf("shows = %v", p.shows)
	}
	for i, s := range p.shows {
		if s.id != "id1" || s.update != (i > 0) {
			t.Errorf("show %d: id %q update %v", i, s.id, s.update)
		}
	}
	if p.shows[0].data["text/html"] != "<i>1</i>" || p.shows[1].data["text/markdown"] != "2" || p.shows[2].data["text/plain"] != "3" {
		t.Errorf("data = %v", p.shows)
	}
	if !strings.Contains(d.String(), "id1") {
		t.Errorf("String = %q", d.String())
	}
}

func call(t *testing.T, syms map[string]reflect.Value, name string, args ...any) []reflect.Value {
	t.Helper()
	f, ok := syms[name]
	if !ok {
		t.Fatalf("symbol %s missing", name)
	}
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		in[i] = reflect.ValueOf(a)
	}
	return f.Call(in)
}

func TestSymbols(t *testing.T) {
	p := &fakePub{}
	all := Symbols(p)
	syms, ok := all["spargo/display/display"]
	if !ok {
		t.Fatalf("symbols keyed %v", reflect.ValueOf(all).MapKeys())
	}
	call(t, syms, "HTML", "<p>")
	call(t, syms, "Markdown", "# h")
	call(t, syms, "Text", "t")
	call(t, syms, "SVG", "<svg/>")
	call(t, syms, "PNG", []byte{1, 2, 3})
	call(t, syms, "JPEG", []byte{4})
	call(t, syms, "Data", Bundle{"text/csv": "a,b"})
	if out := call(t, syms, "JSON", map[string]int{"k": 2}); !out[0].IsNil() {
		t.Errorf("JSON error: %v", out[0])
	}
	if out := call(t, syms, "JSON", func() {}); out[0].IsNil() {
		t.Errorf("JSON(func) gave no error")
	}
	img := image.NewRGBA(image.Rect(0, 0, 2, 2))
	img.Set(0, 0, color.White)
	if out := call(t, syms, "Image", image.Image(img)); !out[0].IsNil() {
		t.Errorf("Image error: %v", out[0])
	}
	call(t, syms, "Clear", true)
	if out := call(t, syms, "Input", "name? "); out[0].String() != "answer" || !out[1].IsNil() {
		t.Errorf("Input = %v", out)
	}
	call(t, syms, "Password", "pw? ")

	want := []string{"text/html", "text/markdown", "text/plain", "image/svg+xml", "image/png", "image/jpeg", "text/csv", "application/json", "image/png"}
	if len(p.shows) != len(want) {
		t.Fatalf("%d displays, want %d: %v", len(p.shows), len(want), p.shows)
	}
	for i, mime := range want {
		s := p.shows[i]
		if _, ok := s.data[mime]; !ok {
			t.Errorf("display %d has no %s: %v", i, mime, s.data)
		}
		if _, ok := s.data["text/plain"]; !ok && mime != "text/csv" { // Data passes the bundle as given
			t.Errorf("display %d has no text/plain: %v", i, s.data)
		}
		if s.id != "" || s.update {
			t.Errorf("display %d: id %q update %v", i, s.id, s.update)
		}
	}
	if p.shows[4].data["image/png"] != "AQID" {
		t.Errorf("PNG data = %v", p.shows[4].data["image/png"])
	}
	pngData, _ := base64.StdEncoding.DecodeString(p.shows[8].data["image/png"].(string))
	if !bytes.HasPrefix(pngData, []byte("\x89PNG")) {
		t.Errorf("Image did not produce a PNG")
	}
	if !reflect.DeepEqual(p.clears, []bool{true}) {
		t.Errorf("clears = %v", p.clears)
	}
	if !reflect.DeepEqual(p.prompts, []string{"name? ", "pw? "}) || !reflect.DeepEqual(p.secret, []bool{false, true}) {
		t.Errorf("inputs = %v %v", p.prompts, p.secret)
	}

	out := call(t, syms, "NewDisplay")
	d := out[0].Interface().(*Display)
	d2 := call(t, syms, "NewDisplay")[0].Interface().(*Display)
	if d.ID == "" || d.ID == d2.ID {
		t.Errorf("NewDisplay ids %q %q", d.ID, d2.ID)
	}
	n := len(p.shows)
	d.HTML("a")
	d.HTML("b")
	if len(p.shows) != n+2 || p.shows[n].update || !p.shows[n+1].update || p.shows[n+1].id != d.ID {
		t.Errorf("NewDisplay shows = %v", p.shows[n:])
	}
}

func TestHidden(t *testing.T) {
	var v any = &Display{}
	if _, ok := v.(interface{ SpargoHidden() }); !ok {
		t.Error("*Display does not implement SpargoHidden")
	}
}
