require "json"
require "net/http"

uri = URI("https://www.getrevox.com/api/voices/preview")
request = Net::HTTP::Post.new(uri)
request["Authorization"] = "Bearer #{ENV.fetch("REVOX_API_KEY")}"
request["Content-Type"] = "application/json"
request["Accept"] = "audio/mpeg"
request.body = JSON.generate({
  "provider" => "cartesia",
  "voiceId" => "694f9389-aac1-45b6-b726-9d9369183238",
  "text" => "Bonjour, ici Léa du cabinet Maple Dental.",
})

response = Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == "https") do |http|
  http.request(request)
end
raise "Revox API #{response.code}: #{response.body}" unless response.is_a?(Net::HTTPSuccess)

File.binwrite("preview.mp3", response.body)
puts "saved preview.mp3"
