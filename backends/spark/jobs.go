package spark

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"strings"
	"time"
)

// CancelJobs kills the Spark jobs the session's queries are running. The
// kernel calls it when the user interrupts a cell: cancelling the gRPC call
// ends the cell, but Spark keeps running the job (Spark Connect has no
// interrupt in the Go client), so spargo kills it through the Spark UI's
// kill endpoint (spark.ui.killEnabled, on by default). Only jobs tagged with
// this client session are killed, and only on servers spargo started (an
// attached server's UI is not known). It stops when ctx ends, which the
// kernel does when the next cell starts: that cell's jobs carry the same
// session tag and must not be killed.
func (m *Manager) CancelJobs(ctx context.Context) {
	m.mu.Lock()
	a := m.cur
	m.mu.Unlock()
	if a == nil || a.server == nil {
		return
	}
	base := fmt.Sprintf("http://127.0.0.1:%d", a.server.UIPort)
	tag := "_Session_" + sessionID(a) + "_"
	// The UI answers slowly while a job saturates the driver's cores.
	client := &http.Client{Timeout: 20 * time.Second}
	// The job may be submitted a moment after the interrupt: look again.
	for attempt := 0; attempt < 3; attempt++ {
		ids := runningJobs(ctx, client, base, tag)
		// Checked after listing: if no cell has started by now, every job
		// listed belongs to the interrupted one (job ids are never reused).
		if ctx.Err() != nil {
			return
		}
		for _, id := range ids {
			killJob(ctx, client, fmt.Sprintf("%s/jobs/job/kill/?id=%d", base, id))
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(500 * time.Millisecond):
		}
	}
}

func killJob(ctx context.Context, client *http.Client, url string) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return
	}
	if resp, err := client.Do(req); err == nil {
		resp.Body.Close()
	}
}

// runningJobs lists the ids of running jobs whose tags contain tag.
func runningJobs(ctx context.Context, client *http.Client, base, tag string) []int {
	var apps []struct {
		ID string `json:"id"`
	}
	if getJSON(ctx, client, base+"/api/v1/applications", &apps) != nil || len(apps) == 0 {
		return nil
	}
	var jobs []struct {
		JobID int      `json:"jobId"`
		Tags  []string `json:"jobTags"`
	}
	if getJSON(ctx, client, base+"/api/v1/applications/"+apps[0].ID+"/jobs?status=running", &jobs) != nil {
		return nil
	}
	var ids []int
	for _, j := range jobs {
		for _, t := range j.Tags {
			if strings.Contains(t, tag) {
				ids = append(ids, j.JobID)
				break
			}
		}
	}
	return ids
}

func getJSON(ctx context.Context, client *http.Client, url string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

// sessionID reads the client session's id, which the Go client keeps
// unexported; Spark tags every job of the session with it.
func sessionID(a *Active) string {
	v := reflect.ValueOf(a.session)
	for v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return ""
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return ""
	}
	if f := v.FieldByName("sessionId"); f.IsValid() && f.Kind() == reflect.String {
		return f.String()
	}
	return ""
}
