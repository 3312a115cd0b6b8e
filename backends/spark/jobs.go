package spark

import (
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
// attached server's UI is not known).
func (m *Manager) CancelJobs() {
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
		for _, id := range runningJobs(client, base, tag) {
			resp, err := client.Get(fmt.Sprintf("%s/jobs/job/kill/?id=%d", base, id))
			if err == nil {
				resp.Body.Close()
			}
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// runningJobs lists the ids of running jobs whose tags contain tag.
func runningJobs(client *http.Client, base, tag string) []int {
	var apps []struct {
		ID string `json:"id"`
	}
	if getJSON(client, base+"/api/v1/applications", &apps) != nil || len(apps) == 0 {
		return nil
	}
	var jobs []struct {
		JobID int      `json:"jobId"`
		Tags  []string `json:"jobTags"`
	}
	if getJSON(client, base+"/api/v1/applications/"+apps[0].ID+"/jobs?status=running", &jobs) != nil {
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

func getJSON(client *http.Client, url string, v any) error {
	resp, err := client.Get(url)
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
