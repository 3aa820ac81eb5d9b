require "json"
require "net/http"

uri = URI("https://www.getrevox.com/api/call")
request = Net::HTTP::Post.new(uri)
request["Authorization"] = "Bearer #{ENV.fetch("REVOX_API_KEY")}"
request["Content-Type"] = "application/json"
request.body = JSON.generate({
  "phone_number" => "+33612345678",
  "assistant_id" => "asst_01HZX3K4V6QW8N2P5R7T9Y1B3D",
  "prompt_variables" => {
    "first_name" => "Camille",
    "appointment_time" => "tomorrow at 10:30",
  },
  "metadata" => {
    "patient_id" => "pat_4821",
  },
})

response = Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == "https") do |http|
  http.request(request)
end
raise "Revox API #{response.code}: #{response.body}" unless response.is_a?(Net::HTTPSuccess)

puts JSON.pretty_generate(JSON.parse(response.body))
