// f19: strict JSON job-spec decoding: unknown fields, type errors, syntax offsets, post-validation.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

type Duration struct{ time.Duration }

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("duration must be a string like \"5m\": %w", err)
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	d.Duration = v
	return nil
}

type JobSpec struct {
	Name     string            `json:"name"`
	Schedule string            `json:"schedule"`
	Timeout  Duration          `json:"timeout"`
	Retries  int8              `json:"retries"`
	Inputs   []string          `json:"inputs"`
	Labels   map[string]string `json:"labels,omitempty"`
}

func (j *JobSpec) Validate() error {
	var errs []error
	if j.Name == "" {
		errs = append(errs, errors.New("name is required"))
	}
	if len(strings.Fields(j.Schedule)) != 5 {
		errs = append(errs, fmt.Errorf("schedule %q must have 5 cron fields", j.Schedule))
	}
	if j.Timeout.Duration <= 0 || j.Timeout.Duration > 6*time.Hour {
		errs = append(errs, fmt.Errorf("timeout %v must be in (0, 6h]", j.Timeout.Duration))
	}
	if len(j.Inputs) == 0 {
		errs = append(errs, errors.New("at least one input required"))
	}
	return errors.Join(errs...)
}

// lineCol converts a byte offset into a 1-based line and column for nicer messages.
func lineCol(src string, off int64) (int, int) {
	before := src[:min(int(off), len(src))]
	line := strings.Count(before, "\n") + 1
	return line, len(before) - strings.LastIndex(before, "\n")
}

func decode(src string) (*JobSpec, error) {
	dec := json.NewDecoder(strings.NewReader(src))
	dec.DisallowUnknownFields()
	var spec JobSpec
	if err := dec.Decode(&spec); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			l, c := lineCol(src, se.Offset)
			return nil, fmt.Errorf("syntax error at %d:%d: %w", l, c, err)
		case errors.As(err, &te) && te.Field != "":
			return nil, fmt.Errorf("field %q: got JSON %s, want %s", te.Field, te.Value, te.Type)
		case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
			return nil, fmt.Errorf("truncated document: %w", err)
		}
		return nil, fmt.Errorf("decode: %w", err)
	}
	if dec.More() {
		return nil, errors.New("trailing data after JSON object")
	}
	if err := spec.Validate(); err != nil {
		return nil, fmt.Errorf("invalid spec %q:\n%w", spec.Name, err)
	}
	return &spec, nil
}

func main() {
	docs := []string{
		`{"name":"daily-sales","schedule":"0 2 * * *","timeout":"45m","retries":3,"inputs":["s3://a","s3://b"],"labels":{"team":"bi"}}`,
		`{"name":"x","schedule":"* * * * *","timeout":"1m","inputs":["a"],"owner":"me"}`,
		`{"name":"x","schedule":"* * * * *","timeout":"1m","retries":300,"inputs":["a"]}`,
		`{"name":"x","schedule":"* * * * *","timeout":60,"inputs":["a"]}`,
		`{"name":"x","schedule":"* * * * *","timeout":"1 minute","inputs":["a"]}`,
		"{\n  \"name\": \"x\",\n  \"inputs\": [\"a\",]\n}",
		`{"name":"x","schedule":`,
		``,
		`{"name":"","schedule":"@daily","timeout":"12h","inputs":[]}`,
		`{"name":"a","schedule":"1 2 3 4 5","timeout":"1s","inputs":["z"]} {"name":"b"}`,
		`{"name":"x","schedule":"* * * * *","timeout":"1m","inputs":"a"}`,
	}
	for i, d := range docs {
		spec, err := decode(d)
		if err != nil {
			fmt.Printf("doc %2d: ERROR %s\n", i, strings.ReplaceAll(err.Error(), "\n", "\n          - "))
			continue
		}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetIndent("", "")
		_ = enc.Encode(spec.Labels)
		fmt.Printf("doc %2d: OK name=%s timeout=%v retries=%d inputs=%d labels=%s",
			i, spec.Name, spec.Timeout.Duration, spec.Retries, len(spec.Inputs), buf.String())
	}
}
